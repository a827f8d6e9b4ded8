
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's007e6963e8e69c28': `Video`,
's04adb2a04aea94d6': `Watch on Vimeo`,
's0cc19d4ce2c9398e': str`Play video: ${0}`,
's13d0502909905fca': `Couldn’t reach the server. Check your connection and try again.`,
's20819cd623fc47c2': `Show more`,
's227a11e2355365b6': str`${0} minutes`,
's227a19e23553734e': str`${0} minute`,
's256a46fbfb03958a': `This may be out of date.`,
's2c07720734760b55': str`${0} second`,
's2c077a07347618ed': str`${0} seconds`,
's417ddbce16410271': str`${0} hours`,
's47cd2889f6770a81': `This video is not in the data.`,
's4f638f53557854a9': `The data is too large to show.`,
's50a566842153dcc6': `Show less`,
's5470c850eee0899f': str`This may be out of date · updated ${0}`,
's7caada3619b74ccd': `The video can’t be shown: its address is wrong.`,
's859190455804db04': `The server reported an error. Try again later.`,
's87a5f49e28e0e1cf': `The server didn’t answer in time. Try again.`,
's89e2c02fd07da073': str`${0} hour`,
's89e2c82fd07dae0b': str`${0} hours`,
's9f53a88ffa43195a': `Video call on Zoom`,
'sa7bb9a78a88c1263': `Watch on YouTube`,
'saaa6f23e5028c84a': str`${0} minutes`,
'sb45622b9257ffbde': `Play video`,
'sb634548dd4623ebf': `Hotline`,
'sbe31800fe7fdeee7': str`${0} seconds`,
'sc56517264d331df0': `The data is in a format that couldn’t be shown.`,
'sd87949a09e762966': `Try again`,
'sfb01752c2baf8378': `Nothing was found at the given address.`,
    };
  
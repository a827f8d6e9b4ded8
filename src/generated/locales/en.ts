
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0c9494ce59d57761': `Loading the guide…`,
's13d0502909905fca': `Couldn’t reach the server. Check your connection and try again.`,
's256a46fbfb03958a': `This may be out of date.`,
's33885c96794bee18': `Link to the section copied`,
's4f638f53557854a9': `The data is too large to show.`,
's5470c850eee0899f': str`This may be out of date · updated ${0}`,
's859190455804db04': `The server reported an error. Try again later.`,
's87a5f49e28e0e1cf': `The server didn’t answer in time. Try again.`,
's9f53a88ffa43195a': `Video call on Zoom`,
'sb072ca80388edfbc': `Hide all sections`,
'sb634548dd4623ebf': `Hotline`,
'sbc2082ca82ffbf9c': `Show all sections`,
'sc56517264d331df0': `The data is in a format that couldn’t be shown.`,
'sd87949a09e762966': `Try again`,
'se3135027aceb0439': `Copy link to section`,
'se9f5a7537805625b': str`Could not copy. Link to the section: ${0}`,
'sfb01752c2baf8378': `Nothing was found at the given address.`,
    };
  
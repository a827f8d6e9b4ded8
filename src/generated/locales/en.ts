
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's007e6963e8e69c28': `Videos`,
's111012e36b36980e': `Hotline not found.`,
's13d0502909905fca': `Couldn’t reach the server. Check your connection and try again.`,
's256a46fbfb03958a': `This may be out of date.`,
's272682b844eb4740': `Closed`,
's2b71bbbe8e72aad0': `Couldn’t copy`,
's4f638f53557854a9': `The data is too large to show.`,
's5470c850eee0899f': str`This may be out of date · updated ${0}`,
's5d22ad2a4062a032': `Copy number`,
's859190455804db04': `The server reported an error. Try again later.`,
's87a5f49e28e0e1cf': `The server didn’t answer in time. Try again.`,
's923084e3170e9477': `Number copied`,
'sa101ae7362b8dfc2': `video call, new tab`,
'sa12757d00350182a': `Close`,
'sa643cb011e2f2bfd': str`Open now · until ${0}`,
'sa8f3caf9acc3f45f': str`Closed · opens on ${0} at ${1}`,
'sb634548dd4623ebf': `Hotline`,
'sb8b1513c9b2ca29e': `Open 24/7`,
'sc56517264d331df0': `The data is in a format that couldn’t be shown.`,
'scb0bbb17070c2507': `Guide`,
'sd0a66d3c05eb89e8': str`Closed · opens tomorrow at ${0}`,
'sd26388200bcfbf9b': `Loading…`,
'sd87949a09e762966': `Try again`,
'sde4941edc0233f52': `daily`,
'see0e930626ab4ef9': str`Closed · opens at ${0}`,
'sfb01752c2baf8378': `Nothing was found at the given address.`,
    };
  
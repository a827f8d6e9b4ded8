
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's007e6963e8e69c28': `Videos`,
's060c265afbaaa637': `on Friday`,
's0c0ce1c4a630b940': `Couldn’t copy the number`,
's10cf7ffabf7be6e2': `on Thursday`,
's13d0502909905fca': `Couldn’t reach the server. Check your connection and try again.`,
's1b7ea971b8add647': `Close filters`,
's256a46fbfb03958a': `This may be out of date.`,
's25fc8befa20e741a': `Loading hromadas…`,
's272682b844eb4740': `Closed`,
's2a3ab9a7df96c395': str`Chosen: ${0}`,
's2aa01b453b74db21': str`until ${0}`,
's31a7b68c54ebe84c': `All oblasts`,
's3216a655415a7f6b': `on Monday`,
's3da188d1a289cbda': `village`,
's3eb4ee805b2ddd2f': `on Saturday`,
's48d97e937cfb4fc7': str`opens at ${0}`,
's4bc8af379f5bd7a6': str`${0} results found`,
's4f638f53557854a9': `The data is too large to show.`,
's503c51be451b136f': `Regions found`,
's51f7d4c6be428852': `rural settlement`,
's5470c850eee0899f': str`This may be out of date · updated ${0}`,
's596f237f74a78a7e': str`${0}, showing the first ${1}`,
's5d22ad2a4062a032': `Copy number`,
's671751c83bab8acf': `Nothing found`,
's67a8918fb928205a': str`${0} results found`,
's67a8988fb9282c3f': str`${0} results found`,
's73ba4f587f82a1c9': `24/7`,
's76b381fa3ca17dd4': `on Tuesday`,
's77957ed87c96d3da': `city`,
's780a6919fefb26b7': `Clear the search`,
's791c0402181908b5': `All of Ukraine`,
's859190455804db04': `The server reported an error. Try again later.`,
's86dfc12d191868a8': `The hotline was not found in the data.`,
's87a5f49e28e0e1cf': `The server didn’t answer in time. Try again.`,
's923084e3170e9477': `Number copied`,
's9647e6c725d4241e': `Oblasts`,
'sa12757d00350182a': `Close`,
'saa717cdb6bdce706': str`opens tomorrow at ${0}`,
'sb634548dd4623ebf': `Hotline`,
'sb8b1513c9b2ca29e': `Open 24/7`,
'sb8bd5404613cbda6': str`part of: ${0}`,
'sc56517264d331df0': `The data is in a format that couldn’t be shown.`,
'scb0bbb17070c2507': `Guide`,
'sd26388200bcfbf9b': `Loading…`,
'sd56cb62109dca061': str`opens ${0} at ${1}`,
'sd6e61c53d19bbf49': `Find a hromada, city or village`,
'sd87949a09e762966': `Try again`,
'sddac142196806282': `on Sunday`,
'sde4941edc0233f52': `daily`,
'se13685595a942ab8': str`All of ${0}`,
'se1e01014ed97e906': str`${0} result found`,
'sf81a70f678ad3e39': `video call, opens in a new tab`,
'sf909dddb6daa2ea2': `Open now`,
'sf9fd70b7f011c988': `Open filters`,
'sfb01752c2baf8378': `Nothing was found at the given address.`,
'sff10aa8c15aa0c0f': `on Wednesday`,
    };
  

    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's13d0502909905fca': `Couldn’t reach the server. Check your connection and try again.`,
's1b7ea971b8add647': `Close filters`,
's256a46fbfb03958a': `This may be out of date.`,
's25fc8befa20e741a': `Loading hromadas…`,
's2a3ab9a7df96c395': str`Chosen: ${0}`,
's31a7b68c54ebe84c': `All oblasts`,
's3da188d1a289cbda': `village`,
's4bc8af379f5bd7a6': str`${0} results found`,
's4f638f53557854a9': `The data is too large to show.`,
's503c51be451b136f': `Regions found`,
's51f7d4c6be428852': `rural settlement`,
's5470c850eee0899f': str`This may be out of date · updated ${0}`,
's596f237f74a78a7e': str`${0}, showing the first ${1}`,
's671751c83bab8acf': `Nothing found`,
's67a8918fb928205a': str`${0} results found`,
's67a8988fb9282c3f': str`${0} results found`,
's77957ed87c96d3da': `city`,
's780a6919fefb26b7': `Clear the search`,
's791c0402181908b5': `All of Ukraine`,
's859190455804db04': `The server reported an error. Try again later.`,
's87a5f49e28e0e1cf': `The server didn’t answer in time. Try again.`,
's9647e6c725d4241e': `Oblasts`,
's9f53a88ffa43195a': `Video call on Zoom`,
'sb634548dd4623ebf': `Hotline`,
'sb8bd5404613cbda6': str`part of: ${0}`,
'sc56517264d331df0': `The data is in a format that couldn’t be shown.`,
'sd26388200bcfbf9b': `Loading…`,
'sd6e61c53d19bbf49': `Find a hromada, city or village`,
'sd87949a09e762966': `Try again`,
'se13685595a942ab8': str`All of ${0}`,
'se1e01014ed97e906': str`${0} result found`,
'sf9fd70b7f011c988': `Open filters`,
'sfb01752c2baf8378': `Nothing was found at the given address.`,
    };
  

    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's007e6963e8e69c28': `Videos`,
's047f59ab760a1e45': `News`,
's0bada684104cb034': str`Show all news of ${0}`,
's0e490d60a646a3fe': `No news yet.`,
's13d0502909905fca': `Couldn’t reach the server. Check your connection and try again.`,
's1786cf5d357d5da3': `Loading news…`,
's1aefc76208ed53b4': str`Showing ${0} news items`,
's1c1847644ba35519': str`No news for ${0}.`,
's256a46fbfb03958a': `This may be out of date.`,
's4ade33e9dcb47733': `Show more`,
's4f638f53557854a9': `The data is too large to show.`,
's5470c850eee0899f': str`This may be out of date · updated ${0}`,
's5a4571f18751b653': `Tags`,
's859190455804db04': `The server reported an error. Try again later.`,
's87a5f49e28e0e1cf': `The server didn’t answer in time. Try again.`,
's9c01a6c8aeb70e02': `News of Ukraine`,
's9f53a88ffa43195a': `Video call on Zoom`,
'sb2c757952b4bc2e4': str`Showing ${0} news items`,
'sb2c7c2952b4c78b5': str`Showing ${0} news item`,
'sb634548dd4623ebf': `Hotline`,
'sbafdc671a215587f': `Read in full`,
'sbb8a72351d5c3a33': str`News of ${0}`,
'sc56517264d331df0': `The data is in a format that couldn’t be shown.`,
'scb0bbb17070c2507': `Guide`,
'sd26388200bcfbf9b': `Loading…`,
'sd87949a09e762966': `Try again`,
'se2cd41b29742bb16': `Choose a hromada to see its news.`,
'sfb01752c2baf8378': `Nothing was found at the given address.`,
    };
  
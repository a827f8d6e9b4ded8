
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's007e6963e8e69c28': `Videos`,
's047f59ab760a1e45': `News`,
's060c265afbaaa637': `on Friday`,
's0bada684104cb034': str`Show all news of ${0}`,
's0c0ce1c4a630b940': `Couldn’t copy the number`,
's0e490d60a646a3fe': `No news yet.`,
's10cf7ffabf7be6e2': `on Thursday`,
's13d0502909905fca': `Couldn’t reach the server. Check your connection and try again.`,
's1786cf5d357d5da3': `Loading news…`,
's1aefc76208ed53b4': str`Showing ${0} news items`,
's1c1847644ba35519': str`No news for ${0}.`,
's256a46fbfb03958a': `This may be out of date.`,
's272682b844eb4740': `Closed`,
's2aa01b453b74db21': str`until ${0}`,
's3216a655415a7f6b': `on Monday`,
's3eb4ee805b2ddd2f': `on Saturday`,
's48d97e937cfb4fc7': str`opens at ${0}`,
's4ade33e9dcb47733': `Show more`,
's4f638f53557854a9': `The data is too large to show.`,
's5470c850eee0899f': str`This may be out of date · updated ${0}`,
's5a4571f18751b653': `Tags`,
's5d22ad2a4062a032': `Copy number`,
's73ba4f587f82a1c9': `24/7`,
's76b381fa3ca17dd4': `on Tuesday`,
's859190455804db04': `The server reported an error. Try again later.`,
's86dfc12d191868a8': `The hotline was not found in the data.`,
's87a5f49e28e0e1cf': `The server didn’t answer in time. Try again.`,
's923084e3170e9477': `Number copied`,
's9c01a6c8aeb70e02': `News of Ukraine`,
'sa12757d00350182a': `Close`,
'saa717cdb6bdce706': str`opens tomorrow at ${0}`,
'sb2c757952b4bc2e4': str`Showing ${0} news items`,
'sb2c7c2952b4c78b5': str`Showing ${0} news item`,
'sb634548dd4623ebf': `Hotline`,
'sb8b1513c9b2ca29e': `Open 24/7`,
'sbafdc671a215587f': `Read in full`,
'sbb8a72351d5c3a33': str`News of ${0}`,
'sc56517264d331df0': `The data is in a format that couldn’t be shown.`,
'scb0bbb17070c2507': `Guide`,
'sd26388200bcfbf9b': `Loading…`,
'sd56cb62109dca061': str`opens ${0} at ${1}`,
'sd87949a09e762966': `Try again`,
'sddac142196806282': `on Sunday`,
'sde4941edc0233f52': `daily`,
'se2cd41b29742bb16': `Choose a hromada to see its news.`,
'sf81a70f678ad3e39': `video call, opens in a new tab`,
'sf909dddb6daa2ea2': `Open now`,
'sfb01752c2baf8378': `Nothing was found at the given address.`,
'sff10aa8c15aa0c0f': `on Wednesday`,
    };
  
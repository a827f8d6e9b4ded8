
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's007e6963e8e69c28': `Videos`,
's03b9f7c1300196be': str`Found: ${0}`,
's047f59ab760a1e45': `News`,
's04a03c066cd120f1': `Link copied`,
's0bada684104cb034': str`Show all news of ${0}`,
's0e490d60a646a3fe': `No news yet.`,
's1aefc76208ed53b4': str`Showing ${0} news items`,
's1b7ea971b8add647': `Close filters`,
's1c1847644ba35519': str`No news for ${0}.`,
's20819cd623fc47c2': `Show more`,
's251aec3a894e2c05': str`Closed · opens ${0}at ${1}`,
's31853a0990ac8008': `Choose a region.`,
's365476c3c954aaad': `Clear`,
's42d8ca4416a8dc04': `Copy link`,
's4ade33e9dcb47733': `Show more`,
's50a566842153dcc6': `Show less`,
's5470c850eee0899f': str`This may be out of date · updated ${0}`,
's5d22ad2a4062a032': `Copy number`,
's6c75a1915c9a026f': `Data not found.`,
's6d76fb35c7b286a8': `No data address given.`,
's791c0402181908b5': `All of Ukraine`,
's7d70e5c2cdae960c': str`Couldn’t copy: ${0}`,
's923084e3170e9477': `Number copied`,
's9c01a6c8aeb70e02': `News of Ukraine`,
'sa101ae7362b8dfc2': `video call, new tab`,
'sa12757d00350182a': `Close`,
'sa180c2fb5d742309': `Could not connect to the server.`,
'sa643cb011e2f2bfd': str`Open now · until ${0}`,
'sb072ca80388edfbc': `Hide all sections`,
'sb2c757952b4bc2e4': str`Showing ${0} news items`,
'sb2c7c2952b4c78b5': str`Showing ${0} news item`,
'sb45622b9257ffbde': `Play video`,
'sb634548dd4623ebf': `Hotline`,
'sb705d71aa628c784': `Find a hromada or village`,
'sb8b1513c9b2ca29e': `Open 24/7`,
'sb8bd5404613cbda6': str`part of: ${0}`,
'sbafdc671a215587f': `Read in full`,
'sbb8a72351d5c3a33': str`News of ${0}`,
'sbc2082ca82ffbf9c': `Show all sections`,
'scb0bbb17070c2507': `Guide`,
'scfd77c7a61801486': `Server error.`,
'sd26388200bcfbf9b': `Loading…`,
'sd87949a09e762966': `Try again`,
'sdccb36d810eda680': str`Watch on ${0}`,
'sde4941edc0233f52': `daily`,
'sf5acc2d18e58976a': `The data is in the wrong format.`,
'sf679af9530c38d63': `The video is unavailable.`,
'sf9fd70b7f011c988': `Open filters`,
'sffc84af7831f46b8': str`Open now · closes ${0}at ${1}`,
    };
  
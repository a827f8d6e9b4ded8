
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's9f53a88ffa43195a': `Video call on Zoom`,
'sb634548dd4623ebf': `Hotline`,
    };
  
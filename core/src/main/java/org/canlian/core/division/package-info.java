/** Administrative division codes (GB/T 2260, GB/T 10114): levels and kinds of township and village. */
package org.canlian.core.division;

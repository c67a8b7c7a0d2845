/** Ids of the organisation's catalog entries start with this, so they can never be taken for (or
 *  collide with) the user's own entries, and favourites of them survive while the policy loads. */
export const CATALOG_ID_PREFIX = 'org:';

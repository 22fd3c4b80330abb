/** Said (once) when the page defines, hides or removes `<heed-help>`: Heed then shows no offer. */
export const HOST_TAKEN = 'the page took, hid or removed <heed-help>; no offer shown';

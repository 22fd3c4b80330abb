/** Said (once) when the page defines, hides or removes `<heed-help>`: Heed then shows no offer. */
export const HOST_TAKEN = 'the page defined, hid or removed <heed-help>, so no offer is shown';

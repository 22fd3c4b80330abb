/** Said (once) when the page defines, hides or removes `<heed-help>`: Heed then shows no offer. */
export const HOST_TAKEN = 'the page defines, hides or removed the <heed-help> element, so Heed shows no offer';

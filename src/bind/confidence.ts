/** A binding this sure is compared with other documents; below it, a figure is only shown. */
export const MIN_SUBJECT_CONFIDENCE = 0.6;
export const MIN_ATTRIBUTE_CONFIDENCE = 0.6;

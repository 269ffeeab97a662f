// Makes this Chromium look like a browser older than the support matrix
// (Safari before 16.4, Firefox before 98): no ElementInternals.setFormValue.
delete ElementInternals.prototype.setFormValue;

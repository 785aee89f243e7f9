// Marks the page as able to run GOV.UK Frontend's JavaScript, before the page is painted.
document.body.className +=
  ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');

// Moves the focus to the first field with an error after the data-entry form came back (the page works without it).
document.addEventListener('DOMContentLoaded', function () {
  var invalid = document.querySelector('[aria-invalid="true"]');
  if (invalid) {
    invalid.focus();
  }
});

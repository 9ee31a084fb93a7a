// INT-7: Enter in the directory search must search, not file the appeal.
document.addEventListener('keydown', function (event) {
  if (event.key === 'Enter' && event.target && event.target.id === 'coSearch') {
    event.preventDefault();
    var button = document.getElementById('coSearchButton');
    if (button) {
      button.click();
    }
  }
});

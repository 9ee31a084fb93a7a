// The error summary of a form that came back (the GOV.UK pattern): its problems in the
// order of the fields on the page, the summary focused so that it is read first, and each
// link moving the focus into its field. Without JavaScript the summary is still there,
// focused by autofocus, its links still scroll to the fields.
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.querySelector('.ot-error-summary');
  if (!summary) {
    return;
  }
  var list = summary.querySelector('ul');
  var target = function (item) {
    var link = item.querySelector('a[href^="#"]');
    return link ? document.getElementById(decodeURIComponent(link.hash.slice(1))) : null;
  };
  if (list) {
    var items = Array.prototype.slice.call(list.children);
    items.sort(function (one, other) {
      var a = target(one);
      var b = target(other);
      if (!a || !b) {
        return (a ? 1 : 0) - (b ? 1 : 0); // problems of the whole form first
      }
      return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    items.forEach(function (item) { list.appendChild(item); });
  }
  summary.addEventListener('click', function (event) {
    var link = event.target.closest('a[href^="#"]');
    var field = link ? document.getElementById(decodeURIComponent(link.hash.slice(1))) : null;
    if (!field) {
      return;
    }
    event.preventDefault();
    var focusable = field.matches('input, select, textarea, button') ? field
      : field.querySelector('input, select, textarea, button');
    var label = (field.closest('.ot-field') || field);
    label.scrollIntoView({ block: 'start' });
    (focusable || field).focus({ preventScroll: true });
  });
  summary.focus();
});

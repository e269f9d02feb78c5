// Asks before a form marked data-confirm is sent (pause, resume, approve, acknowledge, retry, skip).
document.addEventListener("submit", function (event) {
  var message = event.target.getAttribute("data-confirm");
  if (message && !window.confirm(message)) {
    event.preventDefault();
  }
});

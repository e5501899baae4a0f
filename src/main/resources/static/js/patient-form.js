// Patient form: "Add another medicine" adds one more medicine box (with the substance list's autocomplete), so a
// patient can have any number of medicines. Without JavaScript the form still offers three empty boxes.
document.addEventListener('DOMContentLoaded', () => {
  const button = document.getElementById('add-medicine');
  const list = document.getElementById('medicines');
  if (!button || !list) {
    return;
  }
  button.hidden = false;
  button.addEventListener('click', () => {
    const boxes = list.querySelectorAll('.medicine');
    const last = boxes[boxes.length - 1];
    const copy = last.cloneNode(true);
    const input = copy.querySelector('input');
    const n = boxes.length;
    input.id = 'med-' + n;
    input.value = '';
    input.setAttribute('aria-label', 'Medicine ' + (n + 1));
    list.appendChild(copy);
    input.focus();
  });
});

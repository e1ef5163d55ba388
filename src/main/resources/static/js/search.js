// Suggestions as you type for every search field with data-suggest: completions of the last word, fetched from
// the portal and offered through the field's <datalist>, which browsers and screen readers present natively.
for (const input of document.querySelectorAll('input[data-suggest]')) {
  const list = document.getElementById(input.getAttribute('list'));
  if (!list) {
    continue;
  }
  let timer;
  let asked = '';
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const typed = input.value;
      if (typed.trim().length < 2 || typed === asked) {
        return;
      }
      asked = typed;
      try {
        const response = await fetch(input.dataset.suggest + '?q=' + encodeURIComponent(typed), {headers: {Accept: 'application/json'}});
        if (!response.ok || input.value !== typed) {
          return;
        }
        const words = await response.json();
        list.replaceChildren(...words.map(w => {
          const option = document.createElement('option');
          option.value = w;
          return option;
        }));
      } catch (e) {
        // no suggestions: the search itself still works
      }
    }, 120);
  });
}

// The eight partners as plain slides for the strip peers: a link (or text) per slide.
export function slides(partners, className) {
  return partners.map((p) => {
    const li = document.createElement('li');
    li.className = className;
    const mark = document.createElement(p.url ? 'a' : 'span');
    if (p.url) mark.href = p.url;
    mark.title = p.fullName ?? p.name;
    mark.textContent = p.name;
    li.append(mark);
    return li;
  });
}

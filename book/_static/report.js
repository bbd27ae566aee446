// On a phone a wide table is read row by row rather than scrolled sideways: each cell
// of a table of four or more columns is labelled with its column's header, which
// report.css shows before the cell's text at narrow widths (wider screens keep the table).
document.addEventListener("DOMContentLoaded", () => {
  for (const table of document.querySelectorAll(".bd-article table")) {
    const heads = [...table.querySelectorAll("thead th")].map((th) => th.textContent.trim());
    if (heads.length < 4) continue;
    table.classList.add("report-stack");
    for (const row of table.querySelectorAll("tbody tr")) {
      [...row.children].forEach((cell, i) => {
        cell.dataset.label = heads[i] || "";
        if (!cell.textContent.trim()) cell.classList.add("report-empty");
      });
    }
  }
});

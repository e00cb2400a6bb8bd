// Report pages (helpers/report_html.py): a filter box and sortable columns for long evidence tables.
// Works offline; loads nothing from any host.
(function () {
  "use strict";
  function cellValue(row, i) {
    var c = row.children[i];
    return c ? c.textContent.trim() : "";
  }
  function asNumber(text) {
    var m = text.replace(/,/g, "").match(/^[-+]?\d*\.?\d+(e[-+]?\d+)?%?/i);
    return m ? parseFloat(m[0]) : NaN;
  }
  function setup(table, k) {
    var body = table.tBodies[0];
    if (!body) return;
    var rows = Array.prototype.slice.call(body.rows);
    var box = document.createElement("div");
    box.className = "table-tools";
    var label = document.createElement("label");
    label.textContent = "Filter the rows on this page: ";
    var input = document.createElement("input");
    input.type = "search";
    input.className = "table-filter";
    input.id = "table-filter-" + k;
    input.setAttribute("aria-label", "Filter the rows of this table");
    label.appendChild(input);
    var count = document.createElement("span");
    count.className = "table-count";
    count.textContent = rows.length + " of " + rows.length + " rows on this page";
    box.appendChild(label);
    box.appendChild(count);
    var wrap = document.createElement("div");
    wrap.className = "table-scroll";
    table.parentNode.insertBefore(box, table);
    table.parentNode.insertBefore(wrap, table);
    wrap.appendChild(table);
    var texts = rows.map(function (r) { return r.textContent.toLowerCase(); });
    input.addEventListener("input", function () {
      var q = input.value.toLowerCase().trim(), shown = 0;
      rows.forEach(function (r, i) {
        var ok = !q || texts[i].indexOf(q) !== -1;
        r.style.display = ok ? "" : "none";
        if (ok) shown += 1;
      });
      count.textContent = shown + " of " + rows.length + " rows on this page";
    });
    var head = table.tHead ? table.tHead.rows[table.tHead.rows.length - 1] : null;
    if (!head) return;
    Array.prototype.forEach.call(head.cells, function (th, i) {
      th.classList.add("sortable");
      th.title = "Sort by this column";
      th.addEventListener("click", function () {
        var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
        Array.prototype.forEach.call(head.cells, function (o) { o.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
        var sorted = rows.slice().sort(function (a, b) {
          var x = cellValue(a, i), y = cellValue(b, i), nx = asNumber(x), ny = asNumber(y);
          if (!isNaN(nx) && !isNaN(ny) && nx !== ny) return dir * (nx - ny);
          return dir * x.localeCompare(y);
        });
        sorted.forEach(function (r) { body.appendChild(r); });
      });
    });
  }
  function init() {
    var tables = document.querySelectorAll("table[data-interactive]");
    Array.prototype.forEach.call(tables, setup);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();

// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.docs;

/** The site's style sheet and its one script, kept in the site itself: nothing is fetched from elsewhere. */
final class Styles {

    private Styles() {
    }

    static final String CSS = """
            :root { --ink: #1d2327; --muted: #5b6770; --line: #d5dbe0; --bg: #ffffff; --panel: #f5f7f9;
                    --accent: #1f6f5c; --nutrient: #d8f0df; --condition: #fde3c8; --symptom: #f9d4da;
                    --cause: #e4e7eb; --class: #e3ecf7; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
                   color: var(--ink); background: var(--bg); }
            header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; padding: .6rem 1.5rem;
                     border-bottom: 1px solid var(--line); background: var(--panel); }
            header .brand { font-weight: 700; font-size: 1.15rem; color: var(--accent); text-decoration: none; }
            nav a { margin-right: 1rem; color: var(--ink); text-decoration: none; }
            nav a[aria-current=page] { font-weight: 700; border-bottom: 2px solid var(--accent); }
            form.search { margin-left: auto; }
            input[type=search] { font: inherit; padding: .3rem .5rem; border: 1px solid var(--line);
                                 border-radius: 4px; min-width: 16rem; }
            main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
            footer { border-top: 1px solid var(--line); padding: 1rem 1.5rem; color: var(--muted); font-size: .85rem; }
            h1 { margin: .8rem 0 .4rem; } h2 { margin-top: 2rem; }
            a { color: var(--accent); }
            a.external::after { content: " \\2197"; font-size: .8em; }
            code { font: .9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
            .lead { font-size: 1.05rem; }
            .disclaimer { background: #fff6e0; border-left: 4px solid #e0a100; padding: .6rem .9rem; }
            .iri { color: var(--muted); margin-top: 0; }
            .definition { font-size: 1.05rem; }
            .comment, .kind, .qualifier, .more { color: var(--muted); }
            table.facts { border-collapse: collapse; margin: .5rem 0; }
            table.facts th { text-align: left; vertical-align: top; padding: .25rem 1rem .25rem 0;
                             font-weight: 600; white-space: nowrap; }
            table.facts td { padding: .25rem 0; }
            section.term { border-top: 1px solid var(--line); padding-top: .3rem; }
            ul.toc, ul.cols { columns: 3 14rem; padding-left: 1.2rem; }
            .claim { border: 1px solid var(--line); border-radius: 6px; padding: .2rem .9rem; margin: .7rem 0;
                     background: var(--panel); }
            blockquote { margin: .4rem 0; padding: .2rem .8rem; border-left: 3px solid var(--accent);
                         font-style: italic; background: var(--bg); }
            .figure { overflow: auto; border: 1px solid var(--line); border-radius: 6px; padding: .5rem;
                      background: var(--bg); }
            svg.diagram { max-width: 100%; height: auto; }
            svg.diagram text { font: 11.5px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
                               fill: var(--ink); }
            svg.diagram a:hover rect { stroke: var(--accent); stroke-width: 2; }
            rect.node { stroke: #8a969f; stroke-width: 1; fill: var(--cause); }
            rect.class { fill: var(--class); } rect.nutrient { fill: var(--nutrient); }
            rect.condition { fill: var(--condition); } rect.symptom { fill: var(--symptom); }
            path.edge { fill: none; stroke: #6b7780; stroke-width: 1.2; }
            path.edge.lack { stroke: #3a6fb0; stroke-dasharray: 5 3; }
            path.edge.symptom { stroke: #b03a4f; }
            .arrowhead { fill: #6b7780; }
            ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1.4rem; }
            .key { display: inline-block; width: 1.1em; height: .9em; border: 1px solid #8a969f;
                   border-radius: 3px; margin-right: .4em; vertical-align: -1px; }
            .key.nutrient { background: var(--nutrient); } .key.condition { background: var(--condition); }
            .key.symptom { background: var(--symptom); } .key.cause { background: var(--cause); }
            .line { display: inline-block; width: 1.8em; border-top: 2px solid #6b7780; margin-right: .4em;
                    vertical-align: middle; }
            .line.lack { border-top: 2px dashed #3a6fb0; } .line.symptom { border-top-color: #b03a4f; }
            #results li { margin: .2rem 0; }
            """;

    static final String SEARCH_JS = """
            (function () {
              var data = JSON.parse(document.getElementById('search-index').textContent);
              var input = document.getElementById('q');
              var list = document.getElementById('results');
              var count = document.getElementById('count');
              function run() {
                var q = input.value.trim().toLowerCase();
                list.textContent = '';
                if (!q) { count.textContent = data.length + ' terms in the index.'; return; }
                var n = 0;
                for (var i = 0; i < data.length; i++) {
                  var e = data[i];
                  if ((e[0] + ' | ' + e[1]).toLowerCase().indexOf(q) < 0) { continue; }
                  n++;
                  if (n > 200) { continue; }
                  var li = document.createElement('li');
                  var a = document.createElement('a');
                  a.href = e[3];
                  a.textContent = e[0];
                  li.appendChild(a);
                  var k = document.createElement('span');
                  k.className = 'kind';
                  k.textContent = ' ' + e[2] + (e[1] ? ' - ' + e[1] : '');
                  li.appendChild(k);
                  list.appendChild(li);
                }
                count.textContent = n === 1 ? '1 match' : n + ' matches';
              }
              var q = new URLSearchParams(window.location.search).get('q');
              if (q) { input.value = q; }
              input.addEventListener('input', run);
              run();
            })();
            """;
}

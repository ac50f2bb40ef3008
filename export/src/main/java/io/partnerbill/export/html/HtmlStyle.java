package io.partnerbill.export.html;

/**
 * The HTML report's stylesheet, inlined into every page: system fonts only (nothing to
 * download), tabular figures, A4 print rules with a page break before each section and no row
 * cut across pages, and colours kept in print.
 */
final class HtmlStyle {

    private HtmlStyle() {
    }

    static final String CSS = """
            :root {
              --ink: #17202f; --muted: #5d6778; --faint: #8a93a3; --rule: #e1e5ec; --paper: #ffffff;
              --desk: #e9edf3; --accent: #2f5bd3; --accent-soft: #e9effd; --navy: #14213d;
              --refund: #c2412d; --refund-soft: #fbeae7; --adjust: #c98a0b; --adjust-soft: #fbf3df;
              --more: #9aa4b5; --good: #1d7f55;
            }
            * { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            html { background: var(--desk); }
            body {
              margin: 0; color: var(--ink); font-size: 14px; line-height: 1.45;
              font-family: "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
              font-variant-numeric: tabular-nums;
            }
            .sheet {
              max-width: 1040px; margin: 28px auto; background: var(--paper); padding: 0 48px 32px;
              border-radius: 10px; box-shadow: 0 2px 14px rgba(20, 33, 61, .12); overflow: hidden;
            }
            .sheet.wide { max-width: none; margin: 16px; }
            .masthead {
              margin: 0 -48px 28px; padding: 30px 48px 18px; color: #fff;
              background: linear-gradient(120deg, var(--navy) 0%, #223a6e 100%);
            }
            .eyebrow { text-transform: uppercase; letter-spacing: .14em; font-size: 12px; opacity: .75; }
            h1 { margin: 4px 0 10px; font-size: 34px; font-weight: 650; letter-spacing: -.01em; }
            h2 {
              margin: 34px 0 6px; font-size: 21px; font-weight: 650; color: var(--navy);
              padding-bottom: 6px; border-bottom: 2px solid var(--navy);
            }
            h3 { margin: 26px 0 8px; font-size: 15px; color: var(--navy); text-transform: uppercase; letter-spacing: .06em; }
            section:first-of-type h2 { margin-top: 0; }
            .meta { display: flex; flex-wrap: wrap; gap: 6px 26px; font-size: 13px; opacity: .92; }
            .meta b { font-weight: 650; }
            .toc { display: flex; flex-wrap: wrap; gap: 4px 18px; margin-top: 16px; font-size: 12.5px; }
            .toc a { color: #c9d6f5; text-decoration: none; border-bottom: 1px dotted rgba(201, 214, 245, .6); }
            .explain { color: var(--muted); margin: 6px 0 14px; max-width: 80ch; }
            .formula + .explain, .notice + .explain { margin-top: 12px; }
            .empty { color: var(--faint); font-style: italic; }
            .notice { background: #f3f5f9; border-left: 4px solid var(--more); padding: 8px 12px; color: var(--muted); }
            .notice.credit { background: #e8f5ee; border-left-color: var(--good); color: #174c35; }
            .hero {
              display: flex; align-items: baseline; justify-content: space-between; flex-wrap: wrap;
              gap: 8px 24px; margin: 14px 0 18px;
            }
            .hero-label { font-size: 15px; color: var(--muted); }
            .hero-amount { font-size: 46px; font-weight: 700; color: var(--navy); letter-spacing: -.02em; }
            .hero-amount .ccy { font-size: 20px; font-weight: 600; color: var(--muted); letter-spacing: 0; }
            .formula {
              display: flex; align-items: stretch; flex-wrap: wrap; gap: 8px; padding: 14px;
              background: #f6f8fb; border: 1px solid var(--rule); border-radius: 8px;
            }
            .term {
              flex: 1 1 120px; background: #fff; border: 1px solid var(--rule); border-radius: 6px;
              padding: 8px 12px; min-width: 120px;
            }
            .term-label { font-size: 11.5px; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
            .term-value { font-size: 19px; font-weight: 650; margin-top: 2px; white-space: nowrap; }
            .term.negative .term-value { color: var(--refund); }
            .term.due { background: var(--navy); border-color: var(--navy); color: #fff; }
            .term.due .term-label { color: #c9d6f5; }
            .op {
              flex: 0 0 auto; align-self: center; font-size: 22px; font-weight: 600; color: var(--faint);
              padding: 0 2px;
            }
            .kpis { display: grid; grid-template-columns: repeat(4, 1fr); gap: 10px; margin: 18px 0 4px; }
            .kpi { border: 1px solid var(--rule); border-radius: 6px; padding: 9px 12px; }
            .kpi-label { font-size: 11.5px; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
            .kpi-value { font-size: 18px; font-weight: 650; white-space: nowrap; }
            .kpi-note { font-size: 11.5px; color: var(--faint); }
            .kpis.small .kpi-value { font-size: 15px; }
            .negative { color: var(--refund); }
            table { width: 100%; border-collapse: collapse; margin: 8px 0 4px; font-size: 13px; }
            thead th {
              text-align: left; font-size: 11.5px; font-weight: 650; color: var(--muted); text-transform: uppercase;
              letter-spacing: .04em; padding: 7px 10px; border-bottom: 2px solid var(--navy); background: #f6f8fb;
            }
            td { padding: 6px 10px; border-bottom: 1px solid var(--rule); vertical-align: top; overflow-wrap: anywhere; }
            tbody tr:nth-child(even) td { background: #fafbfd; }
            .num { text-align: right; white-space: nowrap; }
            th.num { text-align: right; }
            .muted { color: var(--muted); }
            .strong { font-weight: 650; }
            .nowrap { white-space: nowrap; }
            .name { font-weight: 600; }
            .id { color: var(--faint); font-size: 12px; }
            tbody.totals td { background: #fff; }
            tr.others td { color: var(--muted); }
            tr.residue td { color: var(--muted); font-size: 12px; border-bottom: 1px solid var(--navy); }
            tr.total td { font-weight: 700; border-bottom: 2px solid var(--navy); background: var(--accent-soft); }
            tr.more td { color: var(--muted); font-style: italic; }
            td.share, th.share { width: 16%; }
            .meter { display: block; height: 10px; border-radius: 5px; background: var(--accent); min-width: 1px; margin-top: 4px; }
            .meter.negative { background: var(--refund); }
            .tag {
              display: inline-block; font-size: 11px; font-weight: 600; padding: 1px 7px; border-radius: 9px;
              white-space: nowrap; overflow-wrap: normal;
              background: #eef1f6; color: var(--muted);
            }
            .tag.refund { background: var(--refund-soft); color: var(--refund); }
            .tag.adjustment { background: var(--adjust-soft); color: #8a5d00; }
            figure { margin: 10px 0 16px; }
            figcaption { font-size: 12px; color: var(--muted); margin-top: 4px; }
            .key { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin: 0 4px 0 10px; }
            .key:first-child { margin-left: 0; }
            svg.chart { display: block; max-width: 100%; height: auto; font-family: inherit; }
            svg .track { fill: #f3f5f9; }
            svg .label { fill: var(--ink); font-size: 12px; }
            svg .value { fill: var(--ink); font-size: 12px; font-weight: 600; }
            svg .value.negative { fill: var(--refund); }
            .bar-product { fill: var(--accent); background: var(--accent); }
            .bar-more { fill: var(--more); background: var(--more); }
            .bar-refund { fill: var(--refund); background: var(--refund); }
            .bar-adjustment { fill: var(--adjust); background: var(--adjust); }
            svg .zero { stroke: var(--ink); stroke-width: 1; }
            svg .weekend { fill: #f2f4f8; }
            svg .grid { stroke: var(--rule); stroke-width: 1; }
            svg .grid.zero { stroke: var(--muted); }
            svg .axis { stroke: var(--muted); stroke-width: 1; }
            svg .tick { fill: var(--muted); font-size: 11px; }
            svg .area { fill: var(--accent); fill-opacity: .12; }
            svg .line { fill: none; stroke: var(--accent); stroke-width: 2.2; stroke-linejoin: round; }
            svg .dot { fill: #fff; stroke: var(--accent); stroke-width: 1.6; }
            .foot { margin-top: 36px; padding-top: 10px; border-top: 1px solid var(--rule); font-size: 11.5px; color: var(--faint); }
            table.details { font-size: 11px; }
            table.details td { white-space: nowrap; }
            @media screen and (max-width: 760px) {
              .sheet { padding: 0 16px 16px; margin: 0; border-radius: 0; }
              .masthead { margin: 0 -16px 20px; padding: 20px 16px 14px; }
              .kpis { grid-template-columns: repeat(2, 1fr); }
            }
            @page { size: A4; margin: 14mm 12mm 16mm; }
            @media print {
              html, body { background: #fff; font-size: 11.5px; }
              .sheet { max-width: none; margin: 0; padding: 0; border-radius: 0; box-shadow: none; overflow: visible; }
              .masthead { margin: 0 0 18px; padding: 16px 18px 12px; border-radius: 6px; }
              .toc { display: none; }
              section.page { break-before: page; }
              h2, h3 { break-after: avoid; }
              figure, .keep, .formula, .kpis, .hero, .notice, tr, thead { break-inside: avoid; }
              thead { display: table-header-group; }
              tbody.totals { break-inside: avoid; }
              table.tax { break-inside: avoid; }
              .hero-amount { font-size: 36px; }
              .foot { break-inside: avoid; }
            }
            """;

    /**
     * What customer statements add to {@link #CSS}: the parties in the masthead, status tags,
     * and one statement per printed page.
     */
    static final String STATEMENTS_CSS = """
            .parties { display: flex; flex-wrap: wrap; gap: 10px 48px; margin: 4px 0 12px; }
            .party-role { font-size: 11px; text-transform: uppercase; letter-spacing: .12em; opacity: .7; }
            .party-name { font-size: 17px; font-weight: 650; overflow-wrap: anywhere; }
            .party-id { font-size: 12.5px; opacity: .8; overflow-wrap: anywhere; }
            .masthead .tag { font-size: 11.5px; }
            .tag.paid { background: #e8f5ee; color: var(--good); }
            .tag.partly { background: var(--adjust-soft); color: #8a5d00; }
            .tag.unpaid { background: #fff; color: var(--navy); }
            .tag.draft { background: var(--more); color: #fff; }
            .tag.expenditure { background: var(--accent-soft); color: var(--accent); }
            .statement.draft .masthead { background: linear-gradient(120deg, #3d4658 0%, #5d6778 100%); }
            .statement .hero { margin-bottom: 14px; }
            .statement h3 { margin-top: 22px; }
            table.statement-totals td:first-child { font-weight: 600; }
            table.statement-totals tr.residue td:first-child { font-weight: 400; }
            table.statement-totals tr.total td { background: var(--accent-soft); }
            @media print {
              .statement { break-after: page; page-break-after: always; }
              .statement:last-of-type { break-after: auto; page-break-after: auto; }
              .statement .masthead { margin-bottom: 10px; padding: 12px 16px 10px; }
              .statement h1 { font-size: 22px; margin: 2px 0 6px; }
              .statement .parties { margin: 2px 0 6px; gap: 4px 36px; }
              .statement .party-name { font-size: 14px; }
              .statement .hero { margin: 2px 0 6px; }
              .statement .hero-amount { font-size: 26px; }
              .statement .hero-amount .ccy { font-size: 14px; }
              .statement .formula { padding: 8px; gap: 6px; }
              .statement .term { flex: 1 1 80px; min-width: 0; padding: 5px 8px; }
              .statement .term-label { font-size: 9px; }
              .statement .term-value { font-size: 14px; }
              .statement .op { font-size: 15px; }
              .statement h3 { margin: 10px 0 2px; font-size: 12px; }
              .statement .explain { margin: 2px 0 4px; max-width: none; }
              .statement .notice { margin: 6px 0; padding: 5px 10px; }
              .statement table { font-size: 10.5px; margin: 4px 0 2px; }
              .statement thead th { padding: 4px 8px; font-size: 9px; }
              .statement td { padding: 2px 8px; }
              .statement tr.residue td { font-size: 10px; }
              .statement .tag { font-size: 9px; padding: 0 6px; }
              .statement .foot { margin-top: 10px; padding-top: 6px; }
            }
            """;
}

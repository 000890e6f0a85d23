"""One trial's timeline as an SVG picture: a lane per node (and one for the lab's own actions), bars
where each guest's QEMU ran, and a marked, labelled tick for every event, coloured by what it is."""
from html import escape

COLOURS = {
    "fault": "#d62728", "detect": "#ff7f0e", "report": "#2ca02c", "fence-request": "#9467bd",
    "fence-result": "#9467bd", "membership": "#7f7f7f", "join": "#bbbbbb", "action": "#1f77b4",
    "daemon": "#8c564b", "lab": "#d62728", "bmc": "#e377c2", "quorum": "#17becf", "alert": "#b00020",
}
GUEST_COLOURS = ["#4c9be8", "#5cb85c", "#f0ad4e", "#aa66cc"]
LABEL_ROWS = 5


def write(path, title, t0, timeline, nodes, result, initial=()):
    """initial: (guest, node) pairs whose QEMU ran when the trial began."""
    events = [e for e in timeline if not e[3].startswith(("guest-", "daemon-appear", "daemon-gone"))]
    times = [e[0] - t0 for e in timeline] or [0]
    lo, hi = min(-500, min(times)) - 300, max(times) + 800
    width, left, lane_h, top = 1200, 90, 120, 70
    lanes = ["lab"] + list(nodes)
    height = top + lane_h * len(lanes) + 60
    x = lambda t: left + (t - lo) * (width - left - 20) / (hi - lo)  # noqa: E731
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="11">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="10" y="20" font-size="15" font-weight="bold">{escape(title)}</text>']
    verdict = "safety ok" if not result["violations"] else "VIOLATION: " + "; ".join(result["violations"])
    line = (f"detected {ms(result['detected'])} after the fault by {result['detected_by']}; "
            f"recovered {ms(result['recovered']) if result['recovered_ok'] else 'NOT within the wait'}; {verdict}")
    out.append(f'<text x="10" y="38">{escape(line[:190])}</text>')
    # time axis
    step = next(s for s in (500, 1000, 2000, 5000, 10000, 20000) if (hi - lo) / s <= 25)
    t = (lo // step + 1) * step
    while t < hi:
        out.append(f'<line x1="{x(t):.1f}" y1="{top - 8}" x2="{x(t):.1f}" y2="{height - 45}" stroke="#eee"/>')
        out.append(f'<text x="{x(t):.1f}" y="{height - 30}" text-anchor="middle">{t / 1000:g} s</text>')
        t += step
    out.append(f'<line x1="{x(0):.1f}" y1="{top - 8}" x2="{x(0):.1f}" y2="{height - 45}" stroke="#d62728" stroke-dasharray="4,3"/>')
    for i, lane in enumerate(lanes):
        y0 = top + i * lane_h
        out.append(f'<rect x="0" y="{y0}" width="{width}" height="{lane_h}" fill="{"#fafafa" if i % 2 else "#ffffff"}"/>')
        out.append(f'<text x="10" y="{y0 + 18}" font-size="13" font-weight="bold">{escape(lane)}</text>')
    # where each guest's QEMU ran
    guests = sorted({e[4].split()[1] for e in timeline if e[3].startswith("guest-")} | {g for g, _ in initial})
    running = {(g, node): lo for g, node in initial}
    for t, node, source, kind, text in timeline:
        if not kind.startswith("guest-") or node not in lanes:
            continue
        g = text.split()[1]
        key = (g, node)
        if kind == "guest-appear":
            running[key] = t - t0
        else:
            start = running.pop(key, lo)
            bar(out, x, lanes, top, lane_h, guests, g, node, start, t - t0)
    for (g, node), start in running.items():
        bar(out, x, lanes, top, lane_h, guests, g, node, start, hi)
    # events
    rows = {}
    for t, node, source, kind, text in events:
        lane = node if node in lanes else "lab"
        i = lanes.index(lane)
        row = rows.get(lane, 0)
        rows[lane] = (row + 1) % LABEL_ROWS
        colour = COLOURS.get(kind, "#333")
        y0 = top + i * lane_h
        ly = y0 + 34 + row * 14
        out.append(f'<line x1="{x(t - t0):.1f}" y1="{y0 + 24}" x2="{x(t - t0):.1f}" y2="{ly}" stroke="{colour}"/>')
        out.append(f'<circle cx="{x(t - t0):.1f}" cy="{y0 + 24}" r="3.5" fill="{colour}"/>')
        label = f"{(t - t0) / 1000:+.2f}s {text}"
        anchor = "end" if x(t - t0) > width * 0.62 else "start"
        dx = -3 if anchor == "end" else 3
        out.append(f'<text x="{x(t - t0) + dx:.1f}" y="{ly + 4}" fill="{colour}" text-anchor="{anchor}">{escape(label[:95])}</text>')
    # legend
    lx = 10
    for name, colour in [("fault", COLOURS["fault"]), ("detection", COLOURS["detect"]), ("report", COLOURS["report"]),
                         ("fencing", COLOURS["fence-request"]), ("membership", COLOURS["membership"]),
                         ("agent action", COLOURS["action"])] + [(f"{g} QEMU running", GUEST_COLOURS[i % 4]) for i, g in enumerate(guests)]:
        out.append(f'<rect x="{lx}" y="{height - 18}" width="10" height="10" fill="{colour}"/>')
        out.append(f'<text x="{lx + 14}" y="{height - 9}">{escape(name)}</text>')
        lx += 30 + 7 * len(name)
    out.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")


def bar(out, x, lanes, top, lane_h, guests, guest, node, start, end):
    i, j = lanes.index(node), guests.index(guest)
    y = top + i * lane_h + lane_h - 12 - 9 * (len(guests) - j)
    colour = GUEST_COLOURS[j % 4]
    out.append(f'<rect x="{x(start):.1f}" y="{y}" width="{max(1.5, x(end) - x(start)):.1f}" height="7" fill="{colour}" opacity="0.8">'
               f'<title>{escape(guest)} on {escape(node)}</title></rect>')
    out.append(f'<text x="{max(x(start), 92) + 2:.1f}" y="{y + 6.5}" font-size="8" fill="white">{escape(guest)}</text>')


def ms(value):
    return "-" if value is None else f"{value / 1000:.2f} s"

"""One trial's timeline as an SVG picture: a lane per node (and one for the lab's own actions), bars
where each guest's QEMU ran, and a marked, labelled tick for every event, coloured by what it is."""
from html import escape

COLOURS = {
    "fault": "#d62728", "detect": "#ff7f0e", "report": "#2ca02c", "fence-request": "#9467bd",
    "fence-result": "#9467bd", "membership": "#7f7f7f", "join": "#bbbbbb", "action": "#1f77b4",
    "daemon": "#8c564b", "lab": "#d62728", "bmc": "#e377c2", "quorum": "#17becf", "alert": "#b00020",
    "guest-ready": "#2e8b57", "refused": "#2ca02c", "fence-try": "#c5b0d5", "fence-level": "#9467bd",
    "watchdog": "#b00020",
}
GUEST_COLOURS = ["#4c9be8", "#5cb85c", "#f0ad4e", "#aa66cc"]
LABEL_ROWS = 5


def write(path, title, t0, timeline, nodes, result, initial=()):
    """initial: (guest, node) pairs whose QEMU ran when the trial began."""
    events = [e for e in timeline if e[3] not in ("guest-appear", "guest-gone", "daemon-appear", "daemon-gone")]
    times = [e[0] - t0 for e in timeline] or [0]
    lo, hi = min(-500, min(times)) - 300, max(times) + 800
    width, left, top = 1200, 90, 70
    lanes = ["lab"] + list(nodes)
    x = lambda t: left + (t - lo) * (width - left - 20) / (hi - lo)  # noqa: E731
    # Labels: each goes to the first row of its lane where it overlaps no other label.
    placed, rows_used = [], {lane: 1 for lane in lanes}
    occupied = {}
    for t, node, source, kind, text in events:
        lane = node if node in lanes else "lab"
        label = f"{(t - t0) / 1000:+.2f}s {text}"[:95]
        px, w = x(t - t0), 5.6 * len(label) + 6
        anchor = "end" if px > width * 0.62 else "start"
        span = (px - w, px) if anchor == "end" else (px, px + w)
        row = 0
        while any(a < span[1] and span[0] < b for a, b in occupied.get((lane, row), [])):
            row += 1
        occupied.setdefault((lane, row), []).append(span)
        rows_used[lane] = max(rows_used[lane], row + 1)
        placed.append((lane, row, px, anchor, label, COLOURS.get(kind, "#333")))
    guests = sorted({e[4].split()[1] for e in timeline if e[3].startswith("guest-")} | {g for g, _ in initial})
    heights = {lane: 40 + 14 * rows_used[lane] + (9 * len(guests) + 8 if lane != "lab" else 0) for lane in lanes}
    tops, y = {}, top
    for lane in lanes:
        tops[lane], y = y, y + heights[lane]
    height = y + 60
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="11">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="10" y="20" font-size="15" font-weight="bold">{escape(title)}</text>']
    verdict = "safety ok" if not result["violations"] else "VIOLATION: " + "; ".join(result["violations"])
    line = (f"detected {ms(result['detected'])} after the fault by {result['detected_by']}; "
            f"recovered {ms(result['recovered']) if result['recovered_ok'] else 'NOT within the wait'}; "
            f"ready {ms(result.get('ready'))}; {verdict}")
    out.append(f'<text x="10" y="38">{escape(line[:190])}</text>')
    for i, lane in enumerate(lanes):
        out.append(f'<rect x="0" y="{tops[lane]}" width="{width}" height="{heights[lane]}" fill="{"#f6f6f6" if i % 2 else "#ffffff"}"/>')
        out.append(f'<text x="10" y="{tops[lane] + 18}" font-size="13" font-weight="bold">{escape(lane)}</text>')
    # time axis
    step = next(s for s in (500, 1000, 2000, 5000, 10000, 20000) if (hi - lo) / s <= 25)
    t = (lo // step + 1) * step
    while t < hi:
        out.append(f'<line x1="{x(t):.1f}" y1="{top - 8}" x2="{x(t):.1f}" y2="{height - 45}" stroke="#e4e4e4"/>')
        out.append(f'<text x="{x(t):.1f}" y="{height - 30}" text-anchor="middle">{t / 1000:g} s</text>')
        t += step
    out.append(f'<line x1="{x(0):.1f}" y1="{top - 8}" x2="{x(0):.1f}" y2="{height - 45}" stroke="#d62728" stroke-dasharray="4,3"/>')
    # where each guest's QEMU ran
    def bar(guest, node, start, end):
        j = guests.index(guest)
        y = tops[node] + heights[node] - 8 - 9 * (len(guests) - j)
        colour = GUEST_COLOURS[j % 4]
        out.append(f'<rect x="{x(start):.1f}" y="{y}" width="{max(1.5, x(end) - x(start)):.1f}" height="7" fill="{colour}" opacity="0.85">'
                   f'<title>{escape(guest)} on {escape(node)}</title></rect>')
        out.append(f'<text x="{max(x(start), 92) + 2:.1f}" y="{y + 6.5}" font-size="8" fill="white">{escape(guest)}</text>')
    running = {(g, node): lo for g, node in initial if node in lanes}
    for t, node, source, kind, text in timeline:
        if kind not in ("guest-appear", "guest-gone") or node not in lanes:
            continue
        g = text.split()[1]
        if kind == "guest-appear":
            running[(g, node)] = t - t0
        else:
            bar(g, node, running.pop((g, node), lo), t - t0)
    for (g, node), start in running.items():
        bar(g, node, start, hi)
    # events
    for lane, row, px, anchor, label, colour in placed:
        y0 = tops[lane]
        ly = y0 + 36 + row * 14
        out.append(f'<line x1="{px:.1f}" y1="{y0 + 24}" x2="{px:.1f}" y2="{ly}" stroke="{colour}" stroke-width="0.8"/>')
        out.append(f'<circle cx="{px:.1f}" cy="{y0 + 24}" r="3.5" fill="{colour}"/>')
        dx = -3 if anchor == "end" else 3
        out.append(f'<text x="{px + dx:.1f}" y="{ly + 4}" fill="{colour}" text-anchor="{anchor}">{escape(label)}</text>')
    # legend
    lx = 10
    for name, colour in [("fault", COLOURS["fault"]), ("detection", COLOURS["detect"]), ("report", COLOURS["report"]),
                         ("fencing", COLOURS["fence-request"]), ("membership", COLOURS["membership"]),
                         ("agent action", COLOURS["action"]), ("guest ready", COLOURS["guest-ready"])] + [(f"{g} QEMU running", GUEST_COLOURS[i % 4]) for i, g in enumerate(guests)]:
        out.append(f'<rect x="{lx}" y="{height - 18}" width="10" height="10" fill="{colour}"/>')
        out.append(f'<text x="{lx + 14}" y="{height - 9}">{escape(name)}</text>')
        lx += 30 + 7 * len(name)
    out.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")


def ms(value):
    return "-" if value is None else f"{value / 1000:.2f} s"

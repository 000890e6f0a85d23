"""A curve per stack as an SVG line plot: x the work (guests per node), y the measured value, each
point marked and labelled; no plotting library (the lab installs none), a few lines of SVG."""
from html import escape

COLOURS = {"kvmha": "#2ca02c", "stock": "#1f77b4"}
EXTRA = ["#ff7f0e", "#9467bd", "#8c564b", "#d62728"]


def write(path, title, x_label, y_label, series, marks=True):
    """series: {name: [(x, y), ...]}; points with y None are left out. marks=False: lines only, five
    x ticks (a time series of hundreds of samples)."""
    width, height, left, right, top, bottom = 760, 420, 80, 170, 50, 60
    points = [(x, y) for s in series.values() for x, y in s if y is not None]
    xs = sorted({x for x, _ in points}) or [0, 1]
    y_max = max([y for _, y in points] or [1]) * 1.15 or 1
    x_lo, x_hi = min(xs), max(xs) if max(xs) > min(xs) else min(xs) + 1
    px = lambda x: left + (x - x_lo) * (width - left - right) / (x_hi - x_lo)  # noqa: E731
    py = lambda y: height - bottom - y * (height - top - bottom) / y_max  # noqa: E731
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="{left}" y="24" font-size="15" font-weight="bold">{escape(title)}</text>',
           f'<line x1="{left}" y1="{height - bottom}" x2="{width - right}" y2="{height - bottom}" stroke="#333"/>',
           f'<line x1="{left}" y1="{top}" x2="{left}" y2="{height - bottom}" stroke="#333"/>',
           f'<text x="{(left + width - right) / 2}" y="{height - 18}" text-anchor="middle">{escape(x_label)}</text>',
           f'<text x="18" y="{(top + height - bottom) / 2}" text-anchor="middle" '
           f'transform="rotate(-90 18 {(top + height - bottom) / 2})">{escape(y_label)}</text>']
    ticks = xs if marks else [x_lo + (x_hi - x_lo) * i / 4 for i in range(5)]
    for x in ticks:
        out.append(f'<text x="{px(x):.1f}" y="{height - bottom + 18}" text-anchor="middle">{x:.3g}</text>')
    for i in range(5):
        v = y_max * i / 4
        out.append(f'<line x1="{left - 4}" y1="{py(v):.1f}" x2="{width - right}" y2="{py(v):.1f}" stroke="#eee"/>')
        out.append(f'<text x="{left - 8}" y="{py(v) + 4:.1f}" text-anchor="end">{v:.3g}</text>')
    for index, (name, data) in enumerate(series.items()):
        colour = COLOURS.get(name.split()[0], EXTRA[index % len(EXTRA)])
        dash = ' stroke-dasharray="6 4"' if "one guest" in name else ""
        known = [(x, y) for x, y in sorted(data) if y is not None]
        if len(known) > 1:
            polyline = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in known)
            out.append(f'<polyline points="{polyline}" fill="none" stroke="{colour}" stroke-width="2"{dash}/>')
        for x, y in known if marks else []:
            out.append(f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="3.5" fill="{colour}"/>')
            out.append(f'<text x="{px(x) + 5:.1f}" y="{py(y) - 6:.1f}" fill="{colour}">{y:.3g}</text>')
        ly = top + 18 * index
        out.append(f'<line x1="{width - right + 12}" y1="{ly}" x2="{width - right + 36}" y2="{ly}" stroke="{colour}" stroke-width="2"{dash}/>')
        out.append(f'<text x="{width - right + 42}" y="{ly + 4}">{escape(name)}</text>')
    out.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")

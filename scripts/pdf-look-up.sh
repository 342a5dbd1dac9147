#!/usr/bin/env bash
# The right-click "Look up" inside each browser's own PDF viewer, checked by hand: headless
# browsers open no context menu, so this runs headed Chromium and Firefox ESR on a virtual
# display, selects "Ketamine" in a one-line PDF, opens the context menu, chooses Look up and
# takes screenshots into docs/ (pdf-look-up-*.png) and /tmp/pdf-look-up/ (the search it opens).
# Needs Debian's xvfb, xdotool and imagemagick, and the check build (npm run build:checks).
# The points clicked suit a 1280×900 display and each viewer's layout in Chromium 156 and
# Firefox ESR 140; look at the screenshots.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=/tmp/pdf-look-up
rm -rf "$work" && mkdir -p "$work"

# A one-page PDF with one large line of text (Helvetica, not embedded).
python3 - "$work/k.pdf" <<'EOF'
import sys
content = b"BT /F1 48 Tf 72 700 Td (Ketamine and esketamine) Tj ET"
objects = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
    b" /Resources << /Font << /F1 5 0 R >> >> >>",
    b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
]
out, offsets = b"%PDF-1.4\n", []
for number, body in enumerate(objects, 1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
open(sys.argv[1], "wb").write(out)
EOF

python3 -m http.server 8765 --bind 127.0.0.1 --directory "$work" >/dev/null 2>&1 &
pids=($!)
Xvfb :97 -screen 0 1280x900x24 >/dev/null 2>&1 &
pids+=($!)
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
export DISPLAY=:97
sleep 1
pdf=http://127.0.0.1:8765/k.pdf

# Double-clicks the word at ($1, $2), opens the context menu, saves it as $3, then chooses Look
# up from the keyboard ($5 items up from the menu's end) and saves what opened as $4.
look_up() {
  xdotool mousemove "$1" "$2" click --repeat 2 --delay 80 1
  sleep 1
  xdotool click 3
  sleep 1.5
  import -window root "$3"
  for _ in $(seq "$5"); do xdotool key Up; done
  xdotool key Return
  sleep 4
  import -window root "$4"
}

# Chromium: the install's welcome tab comes to the front; the PDF is the first tab.
chromium --no-sandbox --user-data-dir="$work/chromium" --no-first-run \
  --disable-extensions-except="$root/.output/chrome-mv3" --load-extension="$root/.output/chrome-mv3" \
  --window-size=1280,900 --window-position=0,0 "$pdf" >/dev/null 2>&1 &
browser=$!
sleep 8
xdotool key ctrl+1
sleep 3
look_up 600 302 "$work/chromium-menu.png" "$work/chromium-search.png" 2
kill "$browser"
convert "$work/chromium-menu.png" -crop 1280x560+0+140 +repage docs/pdf-look-up-chromium.png

# Firefox ESR, with the extension as a temporary add-on (web-ext).
npx web-ext run --source-dir "$root/.output/firefox-mv2" --firefox=/usr/bin/firefox-esr \
  --start-url "$pdf" --no-reload --profile-create-if-missing --firefox-profile="$work/firefox" \
  >"$work/web-ext.log" 2>&1 &
browser=$!
sleep 20
xdotool mousemove 150 22 click 1
sleep 3
look_up 350 242 "$work/firefox-menu.png" "$work/firefox-search.png" 1
kill "$browser"
pkill -f "$work/firefox" || true
convert "$work/firefox-menu.png" -crop 1152x560+0+0 +repage docs/pdf-look-up-firefox.png
echo "screenshots: docs/pdf-look-up-chromium.png, docs/pdf-look-up-firefox.png, $work/*-search.png"

#!/usr/bin/env bash
# Regenerates the posters and trailers of Marquee's eight demo movies: poster-N.png (400x600 PNG)
# and trailer-N.webm (6 s, 480x270, VP9 video and Opus audio), N = 1..8, all drawn by ffmpeg from
# its built-in sources, so nothing is downloaded and nobody else's artwork is shipped.
#
# Usage: generate.sh [output-dir]      (default: the directory this script is in)
# Needs: ffmpeg built with libfreetype, libvpx and libopus; ffprobe; fontconfig with the DejaVu
#        fonts (Debian: apt-get install ffmpeg fonts-dejavu-core fonts-dejavu-extra).
set -euo pipefail

out="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)}"
mkdir -p "$out"

for tool in ffmpeg ffprobe fc-match; do
  command -v "$tool" >/dev/null || { echo "generate.sh: $tool is missing" >&2; exit 1; }
done

# A font file by fontconfig pattern; fail rather than let fontconfig fall back to another family.
font() {
  local file
  file="$(fc-match -f '%{file}' "$1")"
  case "$file" in
    *DejaVu*) echo "$file" ;;
    *) echo "generate.sh: font '$1' not found (install fonts-dejavu-core, fonts-dejavu-extra)" >&2
       exit 1 ;;
  esac
}
title_font="$(font 'DejaVu Sans Condensed:bold')"
small_font="$(font 'DejaVu Sans:bold')"
tagline_font="$(font 'DejaVu Serif:italic')"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Per movie: title lines for the poster (| between lines), tagline, the poster's background (three
# colours from top to bottom, then a glow: colour, centre x, centre y, radius), the colour of the
# lettering, the trailer's moving background (an ffmpeg lavfi source graph at 480x270, 24 fps) and
# the three notes of its soundtrack chord in Hz.
titles=(
  "The Last Projectionist" "Neon Harbor" "Paper Moons" "Glacier Run"
  "The Quiet Orchestra" "Red Dust Express" "Signal from Europa" "Midnight at the Marquee")
lines=(
  "THE LAST|PROJECTIONIST" "NEON|HARBOR" "PAPER|MOONS" "GLACIER|RUN"
  "THE QUIET|ORCHESTRA" "RED DUST|EXPRESS" "SIGNAL|FROM|EUROPA" "MIDNIGHT|AT THE|MARQUEE")
taglines=(
  "When the reel ends, the story begins."
  "Every light hides a secret."
  "Fold your dreams carefully."
  "Forty miles of ice. One way out."
  "Some music is meant to be felt."
  "Next stop: nowhere."
  "Something beneath the ice is calling."
  "The last show is never the end.")
backdrops=(
  "1a0b00 6b3410 1f0d02 ffc870 300 110 170" "0d0026 4a0a63 02303f ff2fb4 80 470 190"
  "f7f0e1 dcd0ec b9a8d8 fff0a0 290 140 75" "f2fbff b6def5 6aaad2 ffffff 70 70 170"
  "031a10 10452b 041a10 d9b64c 360 70 150" "2a0400 9a2a10 3a0a02 ffa040 60 120 170"
  "000610 06304a 021b26 1fc9b5 200 40 160" "050008 2a0a4a 0d0018 d4a017 200 -40 170")
inks=(0xffe6b0 0x9ff8ff 0x2b2352 0x062a44 0xf7df8a 0xfff1d6 0xd6fff8 0xffd86b)
backgrounds=(
  "mandelbrot=s=480x270:r=24:maxiter=200:start_scale=2.5:end_scale=0.2:end_pts=144,hue=s=0,colorchannelmixer=.393:.769:.189:0:.349:.686:.168:0:.272:.534:.131"
  "gradients=s=480x270:r=24:c0=0xff2fb4:c1=0x00e5ff:c2=0x16002e:c3=0x7a00ff:n=4:speed=0.08:seed=2"
  "cellauto=s=240x135:r=24:rule=90:seed=3:scroll=1,scale=480:270:flags=neighbor,format=rgb24,lutrgb=r='185-val/4':g='170-val/4':b='215-val/5'"
  "gradients=s=480x270:r=24:c0=0xeaf7ff:c1=0x6fb7e0:c2=0x0b3a5c:n=3:speed=0.05:seed=4"
  "life=s=96x54:r=24:seed=5:ratio=0.25:mold=12:life_color=0xf5d76e:death_color=0x06261a:mold_color=0x1f6b45,scale=480:270:flags=neighbor"
  "mandelbrot=s=480x270:r=24:maxiter=200:start_x=-1.25066:start_y=0.02012:start_scale=2:end_scale=0.05:end_pts=144,colorchannelmixer=rr=1:rg=0.4:gr=0.25:gg=0.45:br=0.05:bb=0.25"
  "cellauto=s=240x135:r=24:rule=30:seed=7:scroll=1,scale=480:270:flags=neighbor,format=rgb24,lutrgb=r='val/12':g='20+val/3':b='40+val/3'"
  "gradients=s=480x270:r=24:c0=0x050008:c1=0x3b0f63:c2=0xd4a017:c3=0x12001f:n=4:speed=0.03:seed=8")
chords=("220 277 330" "196 247 294" "262 330 392" "147 185 220"
  "174 220 262" "165 208 247" "110 139 165" "233 294 349")

# The size in pixels at which a line of n characters in the condensed bold face, whose letters
# are about `em` hundredths of the size wide, fills about `width` pixels, but no more than `cap`.
fit() {
  local n="$1" width="$2" cap="$3" em="$4" size
  size=$((width * 100 / (n * em)))
  echo $((size < cap ? size : cap))
}

# A geq expression for one colour channel (0 red, 1 green, 2 blue) of a poster background: three
# stops from top to bottom, slightly slanted, lit by a soft round glow.
channel() {
  local c="$1" top mid bottom glow gx gy r
  read -r top mid bottom glow gx gy r <<<"$2"
  byte() { echo $((16#${1:$((c * 2)):2})); }
  local a0 a1 a2 g
  a0="$(byte "$top")" a1="$(byte "$mid")" a2="$(byte "$bottom")" g="$(byte "$glow")"
  echo "st(0,clip(0.85*Y/H+0.15*X/W,0,1));\
st(1,0.6*exp(-((X-($gx))*(X-($gx))+(Y-($gy))*(Y-($gy)))/(2*$r*$r)));\
st(2,if(lt(ld(0),0.5),$a0+($a1-$a0)*2*ld(0),$a1+($a2-$a1)*(2*ld(0)-1)));\
ld(2)+($g-ld(2))*ld(1)"
}

# Writes $2 to the file $1 for drawtext's textfile= (no escaping of colons, quotes or commas).
text() { printf '%s' "$2" >"$1"; }

for i in 0 1 2 3 4 5 6 7; do
  n=$((i + 1))
  ink="${inks[$i]}"
  IFS='|' read -r -a title_lines <<<"${lines[$i]}"

  # ---- poster: lit gradient, vignette, double frame, title block centred around y=290 ----
  text "$work/presents" "MARQUEE PICTURES PRESENTS"
  text "$work/tagline" "${taglines[$i]}"
  text "$work/soon" "IN CINEMAS"
  text "$work/only" "ONLY AT THE MARQUEE"
  sizes=()
  block=0
  for line in "${title_lines[@]}"; do
    size="$(fit "${#line}" 330 72 74)"
    sizes+=("$size")
    block=$((block + size * 115 / 100))
  done
  y=$((290 - block / 2))
  title_filters=""
  for k in "${!title_lines[@]}"; do
    text "$work/title$k" "${title_lines[$k]}"
    title_filters+="drawtext=fontfile=$title_font:textfile=$work/title$k:fontsize=${sizes[$k]}"
    title_filters+=":fontcolor=$ink:shadowcolor=black@0.5:shadowx=2:shadowy=2"
    title_filters+=":x=(w-text_w)/2:y=$y,"
    y=$((y + sizes[k] * 115 / 100))
  done
  ffmpeg -hide_banner -loglevel error -y \
    -f lavfi -i "color=c=black:s=400x600:d=1,format=rgb24" \
    -filter_complex "geq=r='$(channel 0 "${backdrops[$i]}")':g='$(channel 1 "${backdrops[$i]}")':b='$(channel 2 "${backdrops[$i]}")',\
vignette=angle=PI/6:dither=0,\
drawbox=x=14:y=14:w=372:h=572:color=$ink@0.85:t=2,\
drawbox=x=20:y=20:w=360:h=560:color=$ink@0.45:t=1,\
drawtext=fontfile=$small_font:textfile=$work/presents:fontsize=13:fontcolor=$ink@0.9:x=(w-text_w)/2:y=52,\
drawbox=x=150:y=76:w=100:h=2:color=$ink@0.7:t=fill,\
${title_filters}\
drawbox=x=150:y=$((y + 14)):w=100:h=2:color=$ink@0.7:t=fill,\
drawtext=fontfile=$tagline_font:textfile=$work/tagline:fontsize=16:fontcolor=$ink:x=(w-text_w)/2:y=$((y + 34)),\
drawtext=fontfile=$title_font:textfile=$work/soon:fontsize=30:fontcolor=$ink:x=(w-text_w)/2:y=492,\
drawtext=fontfile=$small_font:textfile=$work/only:fontsize=12:fontcolor=$ink@0.85:x=(w-text_w)/2:y=534,\
split[a][b];[a]palettegen=max_colors=256:reserve_transparent=0[p];[b][p]paletteuse=dither=bayer:bayer_scale=5" \
    -frames:v 1 -pred mixed -fflags +bitexact -flags +bitexact "$out/poster-$n.png"

  # ---- trailer: moving background, darkened band, title, tagline and call to action fading in ----
  title="${titles[$i]^^}"
  text "$work/ttitle" "$title"
  text "$work/soon" "COMING SOON TO MARQUEE"
  read -r f1 f2 f3 <<<"${chords[$i]}"
  tsize="$(fit "${#title}" 430 44 64)"
  ffmpeg -hide_banner -loglevel error -y \
    -f lavfi -i "${backgrounds[$i]}" \
    -f lavfi -i "aevalsrc='(0.16*sin(2*PI*$f1*t)+0.12*sin(2*PI*$f2*t)+0.10*sin(2*PI*$f3*t))*(0.75+0.25*sin(2*PI*0.5*t))':s=48000:d=6" \
    -filter_complex "[0:v]trim=duration=6,setpts=PTS-STARTPTS,format=yuv420p,\
drawbox=x=0:y=78:w=iw:h=114:color=black@0.55:t=fill,\
drawtext=fontfile=$title_font:textfile=$work/ttitle:fontsize=$tsize:fontcolor=white:shadowcolor=black:shadowx=2:shadowy=2\
:x=(w-text_w)/2:y=92:alpha='clip((t-0.4)/0.8,0,1)',\
drawtext=fontfile=$tagline_font:textfile=$work/tagline:fontsize=17:fontcolor=0xf0f0f0\
:x=(w-text_w)/2:y=92+$tsize+16:alpha='clip((t-1.8)/0.8,0,1)',\
drawbox=x=0:y=222:w=iw:h=34:color=black@0.55:t=fill:enable=gte(t\,3.3),\
drawtext=fontfile=$small_font:textfile=$work/soon:fontsize=14:fontcolor=0xffd86b\
:x=(w-text_w)/2:y=232:alpha='clip((t-3.4)/0.6,0,1)',\
fade=t=in:st=0:d=0.4,fade=t=out:st=5.4:d=0.6[v];\
[1:a]afade=t=in:st=0:d=0.5,afade=t=out:st=5:d=1[a]" \
    -map "[v]" -map "[a]" -t 6 \
    -c:v libvpx-vp9 -pix_fmt yuv420p -b:v 150k -crf 38 -deadline good -cpu-used 2 -row-mt 1 \
    -g 48 -c:a libopus -b:a 32k -ac 1 \
    -fflags +bitexact -flags:v +bitexact -flags:a +bitexact "$out/trailer-$n.webm"

  echo "movie $n: $(stat -c %s "$out/poster-$n.png") B poster, $(stat -c %s "$out/trailer-$n.webm") B trailer"
done

# Check what a browser will get: the right size, codecs and duration.
for n in 1 2 3 4 5 6 7 8; do
  poster="$(ffprobe -v error -show_entries stream=codec_name,width,height -of csv=p=0 \
    "$out/poster-$n.png")"
  [ "$poster" = "png,400,600" ] || { echo "generate.sh: poster-$n.png is $poster" >&2; exit 1; }
  trailer="$(ffprobe -v error -show_entries stream=codec_name,width,height:format=duration \
    -of csv=p=0 "$out/trailer-$n.webm" | tr '\n' ' ')"
  case "$trailer" in
    "vp9,480,270 opus 6.0"*) ;;
    *) echo "generate.sh: trailer-$n.webm is $trailer, not 6 s of 480x270 VP9 + Opus" >&2; exit 1 ;;
  esac
done
echo "generate.sh: 8 posters and 8 trailers in $out"

#!/usr/bin/env bash
# Fetch the real-world translation corpus (EN->DE, EN->FR) described in bench/realworld/pairs.tsv.
#
# Run from the repository root:   bash bench/realworld/fetch.sh
#
# Everything is written under target/realworld/:
#   cache/deb/   pinned Debian bookworm packages (apt-get download PKG=VERSION), sha256-verified
#   cache/npm/   pinned npm tarballs (npm pack NAME@VERSION), sha256-verified
#   cache/x/     extracted packages (dpkg-deb -x / tar)
#   pairs/<id>/  source.<ext> and target.<ext> of every pair
# The script is idempotent: verified downloads and extractions are reused; pair files are
# regenerated on every run (cheap). Tools it needs (groff, man-db, bsdextrautils, pandoc, npm) are
# installed with apt-get when missing and the script runs as root.
set -euo pipefail

if [[ ! -f bench/realworld/fetch.sh || ! -f pom.xml ]]; then
  echo "fetch.sh: run me from the repository root: bash bench/realworld/fetch.sh" >&2
  exit 2
fi

OUT=target/realworld
CACHE=$OUT/cache
PAIRS=$OUT/pairs
MANIFEST=bench/realworld/pairs.tsv
mkdir -p "$CACHE/deb" "$CACHE/npm" "$CACHE/x" "$CACHE/npm-home" "$PAIRS"
ABS_OUT=$(cd "$OUT" && pwd)

# Reproducible conversions (pandoc honours SOURCE_DATE_EPOCH for docx/odt metadata).
export SOURCE_DATE_EPOCH=1700000000
export LC_ALL=C.UTF-8
# Keep npm's cache and logs inside target/realworld/.
export npm_config_cache="$ABS_OUT/cache/npm-home"
export npm_config_update_notifier=false
export npm_config_fund=false
export npm_config_audit=false
export npm_config_logs_max=0   # no debug logs (they would hold this machine's paths)

log() { printf 'fetch.sh: %s\n' "$*" >&2; }
die() { printf 'fetch.sh: ERROR: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------
# Tools
# ---------------------------------------------------------------------------------------------
need_tools() {
  local missing=()
  command -v apt-get >/dev/null || die "apt-get not found: this script needs a Debian (bookworm) system"
  command -v dpkg-deb >/dev/null || die "dpkg-deb not found"
  command -v sha256sum >/dev/null || missing+=(coreutils)
  command -v man >/dev/null || missing+=(man-db)
  command -v col >/dev/null || missing+=(bsdextrautils)
  # gropdf (groff -Tpdf) is in the full groff package, not groff-base
  { command -v groff >/dev/null && command -v gropdf >/dev/null; } || missing+=(groff)
  command -v pandoc >/dev/null || missing+=(pandoc)
  command -v npm >/dev/null || missing+=(npm)
  if ((${#missing[@]})); then
    if [[ $(id -u) -eq 0 ]]; then
      log "installing missing tools: ${missing[*]}"
      apt_update_once
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2 </dev/null
    else
      die "missing tools (${missing[*]}); install them (apt-get install ${missing[*]}) or run as root"
    fi
  fi
}
APT_UPDATED=0
apt_update_once() {
  if [[ $APT_UPDATED -eq 0 ]]; then
    if [[ $(id -u) -eq 0 ]]; then
      log "apt-get update"
      apt-get update -q >&2 || log "apt-get update failed; trying with the lists present"
    fi
    APT_UPDATED=1
  fi
}

need_tools

sha_ok() { # FILE SHA256
  [[ -f "$1" ]] && [[ "$(sha256sum "$1" | cut -d' ' -f1)" == "$2" ]]
}

# ---------------------------------------------------------------------------------------------
# Pinned artifacts
# ---------------------------------------------------------------------------------------------
# Debian bookworm: package  version  arch  sha256
DEBS=$(cat <<'EOF'
adduser 3.134 all c24fe4eb8e60d8632d72ed104cce7c92cff200847c897dc8ba764b6c47b519e0
apt-listchanges 3.24 all 3ee48f35c66b16a64d1d20e6a383977c4d4e60123e5d2af9475ea2c0e3eb30ba
aptitude-doc-en 0.8.13-5 all ba4864ca26464bbe06acd94dc4a79402eea5d7b2d3da943d6ecce3c752bc9e84
aptitude-doc-fr 0.8.13-5 all a6cf16d609a3872f32ec6c3b93f60f0bbb353e80f25a2b2b11ef3844db6787d2
debconf-doc 1.5.82 all e8e51f12f519f1d34379a7d93c1c74cfc8b77bd7e7da654de08b0568404fbc53
debhelper 13.11.4 all bd764e98a9204a4b6b2d9e7b461c50fdae579314309804baff93d21e0498b64b
debianutils 5.7-0.5~deb12u1 amd64 55f951359670eb3236c9e2ccd5fac9ccb3db734f5a22aff21589e7a30aee48c9
devscripts 2.23.4+deb12u2 amd64 e80e4f4761f8098f4f419130caf6062f4fe68049058eb8794f3668ac565c45c3
dpkg 1.21.23 amd64 f89e9f8d1a4a50ade44be3ed59a6ec55460fce205d2f8520c5c492137c5b609b
dpkg-dev 1.21.23 all 43547075395dbe9290e6a5f34e9ba93aa5dcf7dfc5698c3d30cc3c85e5f7e3de
emacs-common 1:28.2+1-15+deb12u4 all 35a9075085d83962841c50289d7ae25e2075cffeadf5c2df78f9c76ad51ee9cf
evince-common 43.1-2+deb12u1 all 777ea7d094db2acd7b385e272b0ba6cf03c7e45d574e6f2c689b507de3d95dbb
gedit-common 44.2-1 all 3d9446b4ddcc7db0df41d9ee7f71b60a1d29ad688b6acbe04fe6fbea3461d5ef
gnome-system-monitor 42.0-2 amd64 fb6f0c54b9af1a17e1d047dccbe4a8df6b54fe2cde4cb6a214d78dabbee3ea68
gnome-terminal-data 3.46.8-1 all 7702598bf2f81b6ec713d14867e367d9f5f2f91580c233db0dadc4c31c2f227d
gnome-user-docs 43.0-2 all 0d635a840747958ca84da778b40d341f1155603851f922c9a171f5a181d6a39f
gnucash-docs 4.13-1 all 09979baf0ff8ddc1f9c39320c2c38ff606d6f4656e04742ff2dc51f2d562996f
lilypond-doc-html 2.24.1-2 all be9fb743e58bd5ad4710146fe05e7c5f447fe4559e42c6acef1916d53e4bec60
lilypond-doc-html-de 2.24.1-2 all f4a7347e5120a080d732aa4f0a81310bc5557784efd0c0a913304f75b622a3ec
lilypond-doc-html-fr 2.24.1-2 all 6e71579c7cacb85a964ddb44a1911895065ebc57609e4f65eda57b9ef4b0f564
man-db 2.11.2-2 amd64 4134d16ea0233ebe78b2d1d271194fcf49a69eb2850421b0f3d76055e221fcea
passwd 1:4.13+dfsg1-1+deb12u2 amd64 fb787363372903e03627e53fd483e51dfb6861047a1e02c7d5a5f27d66546d08
po4a 0.69-1 all 7cfbdea03bccc46cd82959116609d33ebfc6505228d1d7b93e9cebbcb9c4091d
procps 2:4.0.2-3 amd64 d9d0e75779cb79af869181f17b93c5c263a2b89cac6a0193c436160a4483ddc1
psmisc 23.6-1 amd64 9d02f654bdf280a6622a9b1371f7a1fa44546702d11991e438558bc259df7b69
seahorse 43.0-1 amd64 9568f42e1587c556f90143fdc252b6dc99276684a4da140b07607efb583968d4
vim-runtime 2:9.0.1378-2+deb12u2 all 6a3dd2317a593742cb247f3494d986b3127887dbe1449253b8efa6112289854e
EOF
)

# npm: name  version  sha256 (of the tarball npm pack writes, identical to the registry's)
NPMS=$(cat <<'EOF'
cordova-plugin-battery-status 1.1.2 fe4b4fbe3cae47c46788736e6ac90b710e9d159bef67a508409eb54d72c73dfc
cordova-plugin-device-motion 1.2.5 e787ebad6d5e9b3df3ac70bcc4855d75446aee05c0deeb8d221f4be9294b8caa
cordova-plugin-dialogs 1.2.0 736d9a37769033e227197a02f23e84538dbfe54aa26a3092866de0ffd3713078
cordova-plugin-geolocation 2.1.0 de885fa14b9eee11719b2451247ed5b55b2113936eaf52e2135c949870913818
cordova-plugin-network-information 1.2.0 4ead56f2c6c47ebfcaa9b4c06014ada71dbcd05a00e259462e7b8182e526e77f
cordova-plugin-statusbar 2.1.3 8ab65748f76bfd4c8a9a443ae37e3b81ac4a01da5dc414100092fcd07948f420
cordova-plugin-vibration 2.1.4 a06f5c5f17f3f5a96742afa59dd451ca3b42e07bd2f19a41323e66e41dedc284
cordova-plugin-whitelist 1.2.1 04406068295b13dd792463b630e495e1f28b78f2dd1a9f9551d2ebf4565036ed
EOF
)

# X[pkg] = directory the package is extracted to; DEBFILE[pkg] = its .deb
declare -A X DEBFILE

# DIR SHA256: true, with DIR made empty, unless DIR already holds what the download SHA256 gives (its .ok says so)
needs_fill() {
  local dir=$1 sha=$2
  [[ -f "$dir/.ok" && "$(cat "$dir/.ok")" == "$sha" ]] && return 1
  rm -rf "$dir"
  mkdir -p "$dir"
}

fetch_deb() { # PKG VERSION ARCH SHA256
  local pkg=$1 ver=$2 arch=$3 sha=$4
  local file="$CACHE/deb/${pkg}_${ver//:/%3a}_${arch}.deb"
  if ! sha_ok "$file" "$sha"; then
    apt_update_once
    rm -f "$file"
    local spec="$pkg=$ver"
    [[ $arch != all ]] && spec="$pkg:$arch=$ver"
    log "download $spec"
    (cd "$CACHE/deb" && apt-get download -q "$spec" >&2 </dev/null) ||
      die "apt-get download $spec failed (is the version still in bookworm's lists? see README)"
    sha_ok "$file" "$sha" || die "sha256 mismatch for $file"
  fi
  # Files are extracted lazily, one by one, by in_pkg (a full extraction would take ~800 MB).
  local dir="$CACHE/x/${pkg}_${ver//:/%3a}"
  if needs_fill "$dir" "$sha"; then
    echo "$sha" >"$dir/.ok"
  fi
  X[$pkg]=$dir
  DEBFILE[$pkg]=$file
}

fetch_npm() { # NAME VERSION SHA256
  local name=$1 ver=$2 sha=$3
  local file="$CACHE/npm/${name}-${ver}.tgz"
  if ! sha_ok "$file" "$sha"; then
    rm -f "$file"
    log "npm pack $name@$ver"
    npm pack -q --pack-destination "$CACHE/npm" "$name@$ver" >/dev/null </dev/null ||
      die "npm pack $name@$ver failed"
    sha_ok "$file" "$sha" || die "sha256 mismatch for $file"
  fi
  local dir="$CACHE/x/npm_${name}_${ver}"
  if needs_fill "$dir" "$sha"; then
    tar -xzf "$file" -C "$dir" --no-same-owner
    echo "$sha" >"$dir/.ok"
  fi
  X[npm:$name]=$dir/package
}

while read -r p v a s; do [[ -n $p ]] && fetch_deb "$p" "$v" "$a" "$s"; done <<<"$DEBS"
while read -r n v s; do [[ -n $n ]] && fetch_npm "$n" "$v" "$s"; done <<<"$NPMS"

# ---------------------------------------------------------------------------------------------
# Converters. Each writes one file; SRC paths are relative to the extracted package.
# ---------------------------------------------------------------------------------------------
DONE=()
pairdir() { mkdir -p "$PAIRS/$1"; echo "$PAIRS/$1"; }

in_pkg() { # KEY PATH -> file path (extracted from the .deb on first use), checked
  local f="${X[$1]}/$2"
  if [[ ! -f "$f" && -n "${DEBFILE[$1]:-}" ]]; then
    dpkg-deb --fsys-tarfile "${DEBFILE[$1]}" | tar -x -C "${X[$1]}" --no-same-owner "./$2" ||
      die "cannot extract $2 from ${DEBFILE[$1]}"
  fi
  [[ -f "$f" ]] || die "missing $2 in $1"
  echo "$f"
}

# man page -> hard-wrapped plain text, as a user would save it
render_man_txt() { # IN OUT
  MANWIDTH=80 MANPAGER=cat PAGER=cat MANOPT= MAN_KEEP_FORMATTING= \
    man -l -E UTF-8 "$1" 2>/dev/null | col -bx >"$2"
  [[ -s "$2" ]] || die "empty rendering of $1"
}

# man page -> PDF (A4 pages with running header, footer and page numbers)
render_man_pdf() { # IN OUT
  zcat -f "$1" | preconv -e UTF-8 | groff -t -man -Tpdf -P-pa4 2>/dev/null >"$2"
  [[ -s "$2" ]] || die "empty PDF of $1"
}

copy() { # IN OUT
  cp "$1" "$2"
  chmod 644 "$2"
}

# Images are replaced by their alternative text (pandoc would otherwise try to fetch remote badges).
NOIMG=$CACHE/no-images.lua
printf '%s\n' 'function Image(el) return el.caption end' >"$NOIMG"
# (Two steps: pandoc 2.17 fetches the media of docx/odt output before it runs filters.)
md_to_docx() { # IN OUT
  pandoc -f gfm -t json --lua-filter="$NOIMG" "$1" | pandoc -f json -t docx -o "$2"
  [[ -s "$2" ]] || die "empty DOCX from $1"
}
html_to_odt() { # IN OUT
  pandoc -f html -t json --lua-filter="$NOIMG" "$1" | pandoc -f json -t odt -o "$2"
  [[ -s "$2" ]] || die "empty ODT from $1"
}

# pair ID CONVERTER EXT KEY SRC_PATH TGT_PATH [TGT_KEY]
pair() {
  local id=$1 conv=$2 ext=$3 key=$4 src=$5 tgt=$6 tkey=${7:-$4}
  local d s t
  DONE+=("$id")
  d=$(pairdir "$id")
  s=$(in_pkg "$key" "$src")
  t=$(in_pkg "$tkey" "$tgt")
  "$conv" "$s" "$d/source.$ext"
  "$conv" "$t" "$d/target.$ext"
}

M=usr/share/man
# --- 1. man pages as plain text (man -l | col -bx, 80 columns) ----------------------------------
pair man-de-dpkg-divert            render_man_txt txt dpkg            $M/man1/dpkg-divert.1.gz          $M/de/man1/dpkg-divert.1.gz
pair man-de-deb-changelog          render_man_txt txt dpkg-dev        $M/man5/deb-changelog.5.gz        $M/de/man5/deb-changelog.5.gz
pair man-de-dh-installdocs         render_man_txt txt debhelper       $M/man1/dh_installdocs.1.gz       $M/de/man1/dh_installdocs.1.gz
pair man-de-debdiff                render_man_txt txt devscripts      $M/man1/debdiff.1.gz              $M/de/man1/debdiff.1.gz
pair man-de-po4a-gettextize        render_man_txt txt po4a            $M/man1/po4a-gettextize.1p.gz     $M/de/man1/po4a-gettextize.1p.gz
pair man-de-apropos                render_man_txt txt man-db          $M/man1/apropos.1.gz              $M/de/man1/apropos.1.gz
pair man-de-debconf                render_man_txt txt debconf-doc     $M/man7/debconf.7.gz              $M/de/man7/debconf.7.gz
pair man-de-adduser                render_man_txt txt adduser         $M/man8/adduser.8.gz              $M/de/man8/adduser.8.gz
pair man-de-free                   render_man_txt txt procps          $M/man1/free.1.gz                 $M/de/man1/free.1.gz
pair man-de-fuser                  render_man_txt txt psmisc          $M/man1/fuser.1.gz                $M/de/man1/fuser.1.gz
pair man-de-run-parts              render_man_txt txt debianutils     $M/man8/run-parts.8.gz            $M/de/man8/run-parts.8.gz
pair man-de-apt-listchanges        render_man_txt txt apt-listchanges $M/man1/apt-listchanges.1.gz      $M/de/man1/apt-listchanges.1.gz
pair man-de-passwd                 render_man_txt txt passwd          $M/man1/passwd.1.gz               $M/de/man1/passwd.1.gz
pair man-fr-dpkg-split             render_man_txt txt dpkg            $M/man1/dpkg-split.1.gz           $M/fr/man1/dpkg-split.1.gz
pair man-fr-mandb                  render_man_txt txt man-db          $M/man8/mandb.8.gz                $M/fr/man8/mandb.8.gz
pair man-fr-killall                render_man_txt txt psmisc          $M/man1/killall.1.gz              $M/fr/man1/killall.1.gz

# --- 5. PDF (groff -man -Tpdf, A4) ----------------------------------------------------------------
pair pdf-de-dpkg-genchanges        render_man_pdf pdf dpkg-dev        $M/man1/dpkg-genchanges.1.gz      $M/de/man1/dpkg-genchanges.1.gz
pair pdf-de-dh-install             render_man_pdf pdf debhelper       $M/man1/dh_install.1.gz           $M/de/man1/dh_install.1.gz
pair pdf-de-debsign                render_man_pdf pdf devscripts      $M/man1/debsign.1.gz              $M/de/man1/debsign.1.gz
pair pdf-de-watch                  render_man_pdf pdf procps          $M/man1/watch.1.gz                $M/de/man1/watch.1.gz
pair pdf-de-savelog                render_man_pdf pdf debianutils     $M/man8/savelog.8.gz              $M/de/man8/savelog.8.gz
pair pdf-fr-deluser                render_man_pdf pdf adduser         $M/man8/deluser.8.gz              $M/fr/man8/deluser.8.gz

# --- 2. HTML manuals (single pages) -----------------------------------------------------------------
LY=usr/share/doc/lilypond/html/Documentation/learning
pair html-de-lilypond-score-from-scratch copy html lilypond-doc-html $LY/building-a-score-from-scratch.html $LY/building-a-score-from-scratch.de.html lilypond-doc-html-de
pair html-de-lilypond-contexts           copy html lilypond-doc-html $LY/contexts-explained.html           $LY/contexts-explained.de.html           lilypond-doc-html-de
pair html-fr-lilypond-engravers          copy html lilypond-doc-html $LY/engravers-explained.html          $LY/engravers-explained.fr.html          lilypond-doc-html-fr
GC=usr/share/doc/gnucash-docs
pair html-de-gnucash-customer-vendor     copy html gnucash-docs $GC/gnucash-guide-en/busnss-imp-customer-vendor.html $GC/gnucash-guide-de/busnss-imp-customer-vendor.html
pair html-de-gnucash-invest-setup        copy html gnucash-docs $GC/gnucash-guide-en/invest-setup1.html              $GC/gnucash-guide-de/invest-setup1.html
AP=usr/share/doc/aptitude/html
pair html-fr-aptitude-ch02s01s02         copy html aptitude-doc-en $AP/en/ch02s01s02.html $AP/fr/ch02s01s02.html aptitude-doc-fr

# --- 3. Help-system XML (GNOME Mallard .page, translated with itstool) ------------------------------
H=usr/share/help
pair help-de-gnome-shell-introduction copy page gnome-user-docs      $H/C/gnome-help/shell-introduction.page   $H/de/gnome-help/shell-introduction.page
pair help-de-gnome-keyboard-nav       copy page gnome-user-docs      $H/C/gnome-help/keyboard-nav.page         $H/de/gnome-help/keyboard-nav.page
pair help-fr-gnome-nautilus-connect   copy page gnome-user-docs      $H/C/gnome-help/nautilus-connect.page     $H/fr/gnome-help/nautilus-connect.page
pair help-de-gedit-snippets           copy page gedit-common         $H/C/gedit/gedit-plugins-snippets.page    $H/de/gedit/gedit-plugins-snippets.page
pair help-de-evince-movingaround      copy page evince-common        $H/C/evince/movingaround.page             $H/de/evince/movingaround.page
pair help-de-terminal-pref-profiles   copy page gnome-terminal-data  $H/C/gnome-terminal/pref-profiles.page    $H/de/gnome-terminal/pref-profiles.page
pair help-fr-terminal-app-colors      copy page gnome-terminal-data  $H/C/gnome-terminal/app-colors.page       $H/fr/gnome-terminal/app-colors.page
pair help-de-seahorse-ssh-create      copy page seahorse             $H/C/seahorse/ssh-create.page             $H/de/seahorse/ssh-create.page
pair help-de-sysmon-memory-map        copy page gnome-system-monitor $H/C/gnome-system-monitor/memory-map-use.page $H/de/gnome-system-monitor/memory-map-use.page

# --- 4. Markdown (Apache Cordova plugin docs, translated README in doc/<lang>/) ---------------------
pair md-de-cordova-dialogs          copy md npm:cordova-plugin-dialogs             README.md doc/de/README.md
pair md-de-cordova-vibration        copy md npm:cordova-plugin-vibration           README.md doc/de/README.md
pair md-de-cordova-network-info     copy md npm:cordova-plugin-network-information README.md doc/de/README.md
pair md-de-cordova-whitelist        copy md npm:cordova-plugin-whitelist           README.md doc/de/README.md
pair md-fr-cordova-statusbar        copy md npm:cordova-plugin-statusbar           README.md doc/fr/README.md
pair md-fr-cordova-device-motion    copy md npm:cordova-plugin-device-motion       README.md doc/fr/README.md

# --- 6. DOCX / ODT (pandoc conversions of real translated pairs) ------------------------------------
pair docx-de-cordova-geolocation    md_to_docx docx npm:cordova-plugin-geolocation    README.md doc/de/README.md
pair docx-fr-cordova-battery-status md_to_docx docx npm:cordova-plugin-battery-status README.md doc/fr/README.md
pair odt-de-gnucash-loans           html_to_odt odt gnucash-docs $GC/gnucash-guide-en/loans_calcs1.html $GC/gnucash-guide-de/loans_calcs1.html
pair odt-fr-aptitude-ch01s02        html_to_odt odt aptitude-doc-en $AP/en/ch01s02.html $AP/fr/ch01s02.html aptitude-doc-fr

# --- 7. Plain text (tutorials) ----------------------------------------------------------------------
VT=usr/share/vim/vim90/tutor
ET=usr/share/emacs/28.2/etc/tutorials
pair txt-de-vimtutor                copy txt vim-runtime  $VT/tutor $VT/tutor.de.utf-8
pair txt-fr-emacs-tutorial          copy txt emacs-common $ET/TUTORIAL $ET/TUTORIAL.fr

# Remove pairs left over from an older version of this script.
for d in "$PAIRS"/*/; do
  d=${d%/}
  id=${d##*/}
  [[ " ${DONE[*]} " == *" $id "* ]] || { log "removing stale pair $id"; rm -rf -- "$d"; }
done

# ---------------------------------------------------------------------------------------------
# Check the manifest against what was written
# ---------------------------------------------------------------------------------------------
n=0
bad=0
while IFS=$'\t' read -r id family sl tl sf tf rest; do
  [[ $id == id || -z $id ]] && continue
  for f in "$sf" "$tf"; do
    if [[ ! -s "$PAIRS/$f" ]]; then
      log "manifest file missing or empty: $f"
      bad=$((bad + 1))
    fi
  done
  n=$((n + 1))
done <"$MANIFEST"
((bad == 0)) || die "$bad manifest file(s) missing"
log "ok: $n pairs in $PAIRS"

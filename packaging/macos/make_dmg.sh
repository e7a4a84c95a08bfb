#!/usr/bin/env bash
# Sign the .app made by packaging/build.py on macOS and wrap it in a .dmg with an Applications link.
# Ad-hoc signing by default. For a real release set, in the environment (the workflow's secrets):
#   MACOS_SIGN_IDENTITY="Developer ID Application: Your Company (TEAMID)"
#   MACOS_NOTARY_PROFILE=<a keychain profile made with `xcrun notarytool store-credentials`>
# and the app is signed with the hardened runtime, notarised and stapled.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(python -c 'from importlib.metadata import version; print(version("edge-ai-showcase"))')
app="dist/Edge AI Showcase.app"
dmg="dist/EdgeAIShowcase-${version}-$(uname -m).dmg"
[ -d "$app" ] || { echo "no $app: run python packaging/build.py first" >&2; exit 1; }

identity="${MACOS_SIGN_IDENTITY:--}"
codesign --force --deep --options runtime --timestamp=none --sign "$identity" "$app"
codesign --verify --deep --strict "$app"

stage=$(mktemp -d)
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "Edge AI Showcase" -srcfolder "$stage" -ov -format UDZO "$dmg"
rm -rf "$stage"

if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
    codesign --sign "$identity" "$dmg"
    xcrun notarytool submit "$dmg" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
fi
echo "$dmg"

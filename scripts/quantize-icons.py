"""Shrinks the manifest's PNG icons after scripts/make-icons.mjs renders them: the icon has a
handful of flat colours, so a 48-colour palette looks the same at a third of the bytes (the
service worker precaches them on the first visit). Run by hand: pip install pillow, then
python3 scripts/quantize-icons.py."""

from pathlib import Path

from PIL import Image

for path in sorted((Path(__file__).parent.parent / "assets" / "icons").glob("*.png")):
    before = path.stat().st_size
    image = Image.open(path).convert("RGB")
    image.quantize(colors=48, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        path, optimize=True
    )
    print(f"{path.name}: {before} -> {path.stat().st_size} bytes")

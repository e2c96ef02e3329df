# colorsys: RGB <-> YIQ / HLS / HSV round trips and edge cases.
import colorsys

samples = [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0),
           (0.0, 0.0, 1.0), (0.2, 0.4, 0.4), (0.5, 0.5, 0.5), (0.9, 0.1, 0.7),
           (0.25, 0.75, 0.1), (0.3, 0.3, 0.9), (1.0, 1.0, 0.0)]
for rgb in samples:
    yiq = colorsys.rgb_to_yiq(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    hsv = colorsys.rgb_to_hsv(*rgb)
    print(rgb, [round(v, 12) for v in yiq], hls, hsv)
    print("  ", [round(v, 12) for v in colorsys.yiq_to_rgb(*yiq)],
          colorsys.hls_to_rgb(*hls), colorsys.hsv_to_rgb(*hsv))
for h in [0.0, 0.1, 0.3, 0.5, 0.6, 0.8, 0.95, 1.0]:
    print(h, colorsys.hsv_to_rgb(h, 0.5, 0.8), colorsys.hls_to_rgb(h, 0.3, 0.6),
          colorsys.hls_to_rgb(h, 0.7, 0.6))
print(colorsys.yiq_to_rgb(1.0, 1.0, 1.0), colorsys.yiq_to_rgb(0.0, -1.0, -1.0))
print(colorsys.ONE_THIRD, colorsys.TWO_THIRD)

"""Writes float32_trig.txt: NumPy's float32 sin and cos on inputs that stress the SIMD kernel.

Inputs: float32 values a few ulps around odd multiples of pi/4 (where the quadrant rounding
decides between the sine and cosine polynomials) up to |x| = 70000, plus uniform values in
[-pi, pi] and in the reset range [-0.1, 0.1]. Each line: x, sin x, cos x as float32 bit patterns
in hex. Run on an x86-64 CPU with AVX2+FMA3 (or AVX-512), where NumPy uses the kernel:
    python3 float32_trig.py > float32_trig.txt
"""
import numpy as np
from numpy._core._multiarray_umath import __cpu_features__ as cpu

assert cpu["AVX2"] and cpu["FMA3"], "NumPy uses its float32 kernel only with AVX2+FMA3"
rng = np.random.default_rng(20231209)
k = rng.integers(0, 44500, 150)  # (k + 1/2)·pi/2 up to about 70000
centres = ((k + 0.5) * np.pi / 2).astype(np.float32)
walked = []  # each centre and the 4 floats on either side
for c in centres:
    for d in range(-4, 5):
        x = c
        for _ in range(abs(d)):
            x = np.nextafter(x, np.float32(np.inf) if d > 0 else np.float32(-np.inf))
        walked.append(x)
walked = np.array(walked, dtype=np.float32)
x = np.concatenate([walked, -walked[::7], rng.uniform(-np.pi, np.pi, 200).astype(np.float32),
                    rng.uniform(-0.1, 0.1, 200).astype(np.float32)])
print(f"# numpy {np.__version__}; x sin cos as float32 bits")
for xi, s, c in zip(x, np.sin(x), np.cos(x)):
    print(f"{xi.view(np.uint32):08x} {s.view(np.uint32):08x} {c.view(np.uint32):08x}")

"""The documented dropout keep rule, written independently of the C++ code (NumPy only)."""

import numpy as np

_M = np.uint64(0xFFFFFFFF)


def philox4x32(c0, c1, c2, c3, k0, k1):
    """Philox4x32-10 on arrays of 128-bit counters (four uint32 lanes) and one 64-bit key."""
    c = [np.asarray(v, np.uint64) for v in (c0, c1, c2, c3)]
    k = [np.uint64(k0), np.uint64(k1)]
    for _ in range(10):
        p0 = np.uint64(0xD2511F53) * c[0]
        p1 = np.uint64(0xCD9E8D57) * c[2]
        c = [
            ((p1 >> np.uint64(32)) ^ c[1] ^ k[0]) & _M,
            p1 & _M,
            ((p0 >> np.uint64(32)) ^ c[3] ^ k[1]) & _M,
            p0 & _M,
        ]
        k = [(k[0] + np.uint64(0x9E3779B9)) & _M, (k[1] + np.uint64(0xBB67AE85)) & _M]
    return c


def keep_at(indices, rate, seed, offset):
    """Element i is kept iff 16-bit word i % 8 of Philox(key=seed, counter=(i // 8, offset)) >= rate * 2**16,
    the words taken low half first from the draw's four 32-bit outputs (indices: uint64 array)."""
    threshold = min(int(rate * 2**16), 2**16 - 1)
    indices = np.asarray(indices, np.uint64)
    draws = indices // np.uint64(8)
    words = np.stack(philox4x32(draws & _M, draws >> np.uint64(32), offset & 0xFFFFFFFF, (offset >> 32) & 0xFFFFFFFF,
                                seed & 0xFFFFFFFF, (seed >> 32) & 0xFFFFFFFF), axis=-1)
    j = (indices % np.uint64(8)).astype(np.int64)
    word = np.take_along_axis(words, (j // 2)[..., None], axis=-1)[..., 0]
    return ((word >> (np.uint64(16) * (j % 2).astype(np.uint64))) & np.uint64(0xFFFF)) >= threshold


def expected_keep_mask(n, rate, seed, offset):
    """The keep-decisions of elements [0, n) (keep_at)."""
    return keep_at(np.arange(n, dtype=np.uint64), rate, seed, offset)

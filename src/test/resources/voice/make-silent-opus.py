"""Writes a short silent Ogg Opus voice note (RFC 7845): OpusHead, OpusTags and silent
20 ms CELT frames. Run once: python3 make-silent-opus.py <out.ogg> <seconds> <serial>."""
import struct
import sys


def crc(data):
    table = []
    for i in range(256):
        r = i << 24
        for _ in range(8):
            r = ((r << 1) ^ 0x04C11DB7) if r & 0x80000000 else (r << 1)
        table.append(r & 0xFFFFFFFF)
    c = 0
    for b in data:
        c = ((c << 8) & 0xFFFFFFFF) ^ table[((c >> 24) & 0xFF) ^ b]
    return c


def page(packets, granule, serial, sequence, flags):
    lacing = b""
    for p in packets:
        lacing += b"\xff" * (len(p) // 255) + bytes([len(p) % 255])
    header = struct.pack("<4sBBqIIIB", b"OggS", 0, flags, granule, serial, sequence, 0, len(lacing))
    raw = header + lacing + b"".join(packets)
    return raw[:22] + struct.pack("<I", crc(raw)) + raw[26:]


out, seconds, serial = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
head = b"OpusHead" + struct.pack("<BBHIhB", 1, 1, 312, 48000, 0, 0)
vendor = b"danvan"
tags = b"OpusTags" + struct.pack("<I", len(vendor)) + vendor + struct.pack("<I", 0)
silence = b"\xf8\xff\xfe"
frames = seconds * 50
pages = [page([head], 0, serial, 0, 2), page([tags], 0, serial, 1, 0)]
sequence = 2
for start in range(0, frames, 50):
    count = min(50, frames - start)
    last = start + count >= frames
    pages.append(page([silence] * count, 312 + (start + count) * 960, serial, sequence, 4 if last else 0))
    sequence += 1
with open(out, "wb") as f:
    f.write(b"".join(pages))

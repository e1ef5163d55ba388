package nl.openbaar.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The TCP sockets listening on given ports, as Linux reports them in /proc/net/tcp and tcp6 (what {@code ss -ltn} reads). */
final class ListeningSockets {

    record Socket(InetAddress address, int port) {
        boolean loopback() {
            byte[] a = address.getAddress();
            // ::ffff:127.0.0.1, the IPv4 loopback as an IPv6 socket shows it
            boolean mapped = a.length == 16 && java.util.stream.IntStream.range(0, 10).allMatch(i -> a[i] == 0)
                    && a[10] == (byte) 0xff && a[11] == (byte) 0xff && a[12] == 127;
            return address.isLoopbackAddress() || mapped;
        }
    }

    private ListeningSockets() {
    }

    static List<Socket> of(List<Integer> ports) throws IOException {
        List<Socket> out = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : Files.readAllLines(Path.of(table)).stream().skip(1).toList()) {
                String[] f = line.strip().split("\\s+");
                String[] local = f[1].split(":");
                int port = Integer.parseInt(local[1], 16);
                if (!f[3].equals("0A") || !ports.contains(port)) {
                    continue; // 0A: LISTEN
                }
                out.add(new Socket(InetAddress.getByAddress(littleEndianWords(HexFormat.of().parseHex(local[0]))), port));
            }
        }
        return out;
    }

    /** The kernel prints the address as 32-bit words in host (little-endian) order. */
    private static byte[] littleEndianWords(byte[] raw) {
        byte[] out = new byte[raw.length];
        for (int w = 0; w < raw.length; w += 4) {
            for (int i = 0; i < 4; i++) {
                out[w + i] = raw[w + 3 - i];
            }
        }
        return out;
    }
}

package io.postwarden.ssh;

/**
 * What {@code stat -c '%u %g %U %G %a %s %F'} says of a remote file.
 *
 * @param mode octal permission bits as stat prints them, e.g. {@code 640} or {@code 4755}
 * @param type stat's file type, e.g. {@code regular file}, {@code directory}, {@code symbolic link}
 */
public record FileAttributes(int uid, int gid, String owner, String group, String mode, long size, String type) {

    static final String STAT_FORMAT = "%u %g %U %G %a %s %F";

    static FileAttributes parse(String statLine) {
        String[] parts = statLine.strip().split(" ", 7);
        if (parts.length != 7) {
            throw new IllegalArgumentException("unexpected stat output: " + statLine.strip());
        }
        return new FileAttributes(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts[2], parts[3], parts[4],
                Long.parseLong(parts[5]), parts[6]);
    }

    public boolean isRegularFile() {
        return type.startsWith("regular");
    }

    public boolean isDirectory() {
        return type.equals("directory");
    }
}

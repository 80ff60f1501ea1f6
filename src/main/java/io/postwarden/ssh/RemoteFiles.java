package io.postwarden.ssh;

import java.util.List;
import java.util.Optional;

/**
 * Files on the remote host, handled with ordinary commands (through {@code sudo -n} when the
 * session was opened for sudo) plus SFTP for uploads. Failures throw {@link RemoteFileException},
 * or {@link SudoDeniedException} when sudo refused.
 */
public interface RemoteFiles {

    /** The whole file, via {@code cat}; refused if larger than the output cap. */
    byte[] read(String path);

    /** Owner, mode, size and type via {@code stat}, or empty if nothing is at {@code path}. */
    Optional<FileAttributes> stat(String path);

    boolean exists(String path);

    /**
     * Replaces {@code path} with {@code content} so that readers see the old file or the new one,
     * never a part: upload to a temporary file in the login user's home (or {@code /tmp}), then
     * {@code install} it next to the target with the existing file's owner, group and mode
     * (a new file gets 0644 and, under sudo, root:root), then {@code mv -f} over the target.
     * Temporary files are removed on failure.
     */
    void writeAtomically(String path, byte[] content);

    /** {@code cp -p}. */
    void copy(String from, String to);

    /** {@code rm -f}: no error if the file is already gone. */
    void delete(String path);

    /** {@code mkdir -p -m MODE}. */
    void makeDirectories(String path, String mode);

    /** Names (not paths) of the entries of {@code dir}, sorted, without {@code .} and {@code ..}. */
    List<String> list(String dir);
}

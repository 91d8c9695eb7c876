package org.missionhub.plugin.survey.export;

import java.io.IOException;
import java.io.OutputStream;

/** A download whose client goes away after some bytes: every later write fails, as a closed socket's does. */
final class BrokenConnection extends OutputStream {

  private final int bytesBeforeFailing;
  private int written;

  BrokenConnection(int bytesBeforeFailing) {
    this.bytesBeforeFailing = bytesBeforeFailing;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    written += length;
    if (written > bytesBeforeFailing) {
      throw new IOException("Broken pipe");
    }
  }
}

package org.solidarity.console;

/** The console's addresses, in one place so that pages, filters and redirects agree. */
final class ConsolePaths {

  static final String ROOT = "/moderate";
  static final String LOGIN = ROOT + "/login";
  static final String LOGOUT = ROOT + "/logout";
  static final String MESSAGE = ROOT + "/message";
  static final String ADMIN = ROOT + "/admin";

  private ConsolePaths() {}

  static boolean isConsole(String path) {
    return path.equals(ROOT) || path.startsWith(ROOT + "/");
  }

  /** Pages anyone may open: signing in must work before signing in. */
  static boolean isPublic(String path) {
    return path.equals(LOGIN);
  }

  static boolean isAdmin(String path) {
    return path.equals(ADMIN) || path.startsWith(ADMIN + "/");
  }
}

package org.solidarity.support;

/** Management view of {@link DatabaseProxy}: reachable from any class loader through JMX. */
public interface DatabaseProxyMBean {

  int getPort();

  void cut();

  void restore();
}

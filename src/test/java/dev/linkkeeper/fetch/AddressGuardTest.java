package dev.linkkeeper.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "127.0.0.1", "127.8.9.10", "10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.1.1",
      "169.254.169.254", "169.254.0.1", "100.64.0.1", "100.127.255.254", "0.0.0.0", "0.1.2.3",
      "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd00:ec2::254",
      "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "64:ff9b::a9fe:a9fe", "2002:0a00:0001::1"})
  void privateLoopbackLinkLocalAndMetadataAddressesAreForbidden(String ip) throws UnknownHostException {
    assertThat(AddressGuard.forbidden(InetAddress.getByName(ip))).as(ip).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "192.169.0.1", "2606:4700::6810:84e5",
      "::ffff:8.8.8.8", "2002:0808:0808::1"})
  void publicAddressesAreAllowed(String ip) throws UnknownHostException {
    assertThat(AddressGuard.forbidden(InetAddress.getByName(ip))).as(ip).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"example.org", "localhost", "a.b.c.d", "1.2.3"})
  void namesAreNotLiterals(String host) {
    assertThat(AddressGuard.literal(host)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.1", "::1", "fd00:ec2::254"})
  void literalsAreReadWithoutALookup(String host) {
    assertThat(AddressGuard.literal(host)).isNotNull();
  }
}

package org.sabueso.agency.internal;

import java.util.Collection;
import java.util.List;

import org.sabueso.agency.Viewer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated principal; carries the viewer so no request looks the user up twice. */
final class StaffUserDetails implements UserDetails, ViewerSource {

    private final StaffAccount account;

    StaffUserDetails(StaffAccount account) {
        this.account = account;
    }

    @Override
    public Viewer viewer() {
        return account.viewer();
    }

    String displayName() {
        return account.displayName();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return account.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    @Override
    public String getPassword() {
        return account.passwordHash();
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }

    @Override
    public String toString() {
        return "StaffUserDetails[" + account.username() + "]";
    }

    static List<String> roleNames(StaffAccount a) {
        return a.roles().stream().map(Enum::name).toList();
    }
}

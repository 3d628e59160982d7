package org.sabueso.agency.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class StaffUserDetailsService implements UserDetailsService {

    private final JdbcAgencies agencies;

    StaffUserDetailsService(JdbcAgencies agencies) {
        this.agencies = agencies;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return agencies.loadAccount(username).map(StaffUserDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}

package eu.regioacademy;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** GET requests through the app's whole security filter chain, as a given person or as nobody. */
public final class HttpAsUser {

    private final MockMvc mvc;
    private final UserDetailsService users;

    public HttpAsUser(WebApplicationContext context) {
        TestUsers.useSecurityContextOf(context);
        this.mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        this.users = ((ApplicationContext) context).getBean(UserDetailsService.class);
    }

    public MockHttpServletResponse get(String path, String email) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path)
                .with(user(users.loadUserByUsername(email)))).andReturn().getResponse();
    }

    public MockHttpServletResponse getAnonymously(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse();
    }
}

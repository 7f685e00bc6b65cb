package nl.talentcharter.monitoring.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The dashboard's static page, script and styles ({@code classpath:/static/dashboard/}) are public: they hold
 * no data. The page asks for a token and sends it with every API and stream request, so the figures stay behind
 * service-kit's rules. Kept out of service-kit's open paths on purpose: only this service has a dashboard.
 */
@Configuration(proxyBeanMethods = false)
public class DashboardConfiguration implements WebMvcConfigurer {

    static final String ASSETS = "/dashboard/**";

    @Bean
    WebSecurityCustomizer dashboardAssetsWithoutToken() {
        return web -> web.ignoring().requestMatchers(ASSETS);
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/dashboard", "/dashboard/index.html");
        registry.addRedirectViewController("/dashboard/", "/dashboard/index.html");
    }
}

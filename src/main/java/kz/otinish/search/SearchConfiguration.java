package kz.otinish.search;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/** Chooses the database's search by the database in use. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean
	SearchDialect searchDialect(DataSource dataSource) throws MetaDataAccessException {
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
		return "PostgreSQL".equals(product) ? new PostgresSearch() : new H2Search();
	}

}

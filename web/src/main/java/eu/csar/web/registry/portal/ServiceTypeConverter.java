package eu.csar.web.registry.portal;

import eu.csar.registry.domain.ServiceType;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/** Constant name to {@link ServiceType}; needed where a list of them is bound. */
@FacesConverter("csar.ServiceType")
public class ServiceTypeConverter implements Converter<ServiceType> {

    @Override
    public ServiceType getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ServiceType.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, "Not a service type: " + value, null), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ServiceType value) {
        return value == null ? "" : value.name();
    }
}
